// Sitroom UI entry point: wires the URL state to the filter form, map, timeline, list and detail.

import { fetchEvent, fetchEvents, fetchHealth, fetchPoints, fetchStats } from "./js/api.js";
import { renderDetail } from "./js/detail.js";
import { el } from "./js/dom.js";
import { markSelected, renderList } from "./js/list.js";
import { EventMap } from "./js/map.js";
import { FAMILIES, TEXT_FILTERS, apiFilters, familyColor, parseState, sameFilters, toSearch } from "./js/state.js";
import { Timeline } from "./js/timeline.js";

const $ = (id) => document.getElementById(id);
const form = $("filters");
const list = $("events");
const detail = $("detail");
const status = $("status");
const more = $("more");

/** The map shows every matching located event up to this many (config.js may change it). */
const MAP_LIMIT = Number(window.SITROOM_MAP_LIMIT) > 0 ? Number(window.SITROOM_MAP_LIMIT) : 100000;

let state = parseState(window.location.search);
let events = [];
let total = 0;
let points = { features: [], truncated: false };
let nextCursor = null;
let generation = 0;
let returnFocus = null;
/** The first view fits the map to the events; a filter changed before it lands carries the fit over. */
let fitPending = false;

/** Record the state in the address bar; filter and selection changes are history entries. */
function commit(next, { push = true } = {}) {
  state = next;
  const url = `${window.location.pathname}${toSearch(state)}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  window.history[push ? "pushState" : "replaceState"](null, "", url);
}

function buildFamilyBoxes() {
  const box = $("families");
  for (const family of FAMILIES) {
    box.append(
      el(
        "label",
        { class: "family" },
        el("input", { type: "checkbox", name: "family", value: family.id }),
        el("span", { class: "swatch", style: `background:${familyColor(family.id)}` }),
        family.label,
      ),
    );
  }
}

function syncForm() {
  form.elements.from.value = state.from;
  form.elements.to.value = state.to;
  for (const key of TEXT_FILTERS) form.elements[key].value = state[key];
  form.elements.inview.checked = state.inview;
  for (const box of form.querySelectorAll("input[name=family]")) box.checked = state.families.includes(box.value);
  $("clear-range").hidden = !(state.from || state.to);
}

function readForm() {
  const families = [...form.querySelectorAll("input[name=family]:checked")].map((box) => box.value);
  return {
    ...state,
    from: form.elements.from.value,
    to: form.elements.to.value,
    ...Object.fromEntries(TEXT_FILTERS.map((key) => [key, form.elements[key].value.trim()])),
    inview: form.elements.inview.checked,
    families,
  };
}

function showStatus(text, isError = false) {
  status.textContent = text;
  status.classList.toggle("error", isError);
}

/** The list pages through full records; the map holds every matching point at once. */
function renderEvents() {
  renderList(list, events, state.event, { onOpen: select, onHover: (id) => map.hover(id) });
  more.hidden = !nextCursor;
}

function showCounts() {
  const mapped = points.features.length;
  const unmapped = total - mapped;
  showStatus(
    `${total} events` +
      (events.length < total ? ` (showing ${events.length})` : "") +
      (points.truncated ? ` · the map shows the latest ${mapped}` : unmapped > 0 ? ` · ${unmapped} without a place` : ""),
  );
}

/** Benchmarks and tests wait for this: ms since navigation start when the first full view was painted. */
function markReady() {
  if (window.__sitroomReady) return;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      window.__sitroomReady = performance.now();
    }),
  );
}

/** Point the download links at the current filters. */
function setExports(filters) {
  for (const format of ["csv", "acled", "geojson"]) {
    const params = new URLSearchParams(filters);
    params.set("format", format);
    params.set("limit", "5000");
    $(`export-${format}`).href = `/api/events?${params}`;
  }
}

/** Fetch the events and the timeline for the current filters; stale answers are dropped. */
async function refresh({ fit = false } = {}) {
  const mine = ++generation;
  fitPending ||= fit;
  showStatus("Loading…");
  try {
    const bbox = map.bbox();
    const filters = apiFilters(state, { bbox });
    setExports(filters);
    const current = () => mine === generation;
    // Each answer is drawn as it arrives: the list and the timeline while the map layer loads.
    await Promise.all([
      fetchEvents(filters).then((page) => {
        if (!current()) return;
        events = page.events;
        total = page.count ?? events.length;
        nextCursor = page.next_cursor;
        renderEvents();
      }),
      fetchPoints(filters, MAP_LIMIT).then((layer) => {
        if (!current()) return;
        points = layer;
        map.setPoints(points.features);
        map.select(state.event);
      }),
      fetchStats(apiFilters(state, { withDates: false, bbox })).then((stats) => {
        if (!current()) return;
        timeline.setData(stats.days);
        timeline.setSelection(state.from, state.to);
      }),
    ]);
    if (!current()) return;
    showCounts();
    if (fitPending) map.fitEvents();
    fitPending = false;
    markReady();
  } catch (error) {
    if (mine === generation) showStatus(`Could not load events: ${error.message}`, true);
  }
}

async function loadMore() {
  if (!nextCursor) return;
  const mine = generation;
  try {
    const page = await fetchEvents(apiFilters(state, { bbox: map.bbox() }), nextCursor);
    if (mine !== generation) return;
    events = events.concat(page.events);
    nextCursor = page.next_cursor;
    renderEvents();
    showCounts();
  } catch (error) {
    showStatus(`Could not load more events: ${error.message}`, true);
  }
}

async function openDetail(eventId) {
  markSelected(list, eventId);
  map.select(eventId);
  detail.hidden = false;
  detail.replaceChildren(el("p", {}, "Loading…"));
  try {
    const record = await fetchEvent(eventId);
    if (state.event !== eventId) return;
    renderDetail(detail, record, close);
    $("detail-title").focus();
  } catch (error) {
    detail.replaceChildren(
      el("p", { class: "error" }, `Could not load event ${eventId}: ${error.message}`),
      el("button", { type: "button", class: "close", onclick: close }, "Close"),
    );
  }
}

function hideDetail() {
  detail.hidden = true;
  detail.replaceChildren();
  markSelected(list, "");
  map.select("");
}

function select(eventId) {
  returnFocus = document.activeElement;
  commit({ ...state, event: eventId });
  map.reveal(eventId);
  openDetail(eventId);
}

function close() {
  if (!state.event) return;
  commit({ ...state, event: "" });
  hideDetail();
  const target = returnFocus && document.contains(returnFocus) ? returnFocus : list.querySelector("li.event");
  target?.focus();
}

function applyFilters(next) {
  const changed = !sameFilters(state, next);
  commit(next);
  syncForm();
  if (changed) refresh();
}

let typing = null;
let moving = null;
const typed = (target) => target.type === "search";
form.addEventListener("input", (event) => {
  if (!typed(event.target)) return;
  clearTimeout(typing);
  typing = setTimeout(() => applyFilters(readForm()), 350);
});
form.addEventListener("change", (event) => {
  if (!typed(event.target)) applyFilters(readForm());
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  applyFilters(readForm());
});
form.addEventListener("reset", (event) => {
  event.preventDefault();
  const cleared = Object.fromEntries(TEXT_FILTERS.map((key) => [key, ""]));
  applyFilters({ ...state, ...cleared, from: "", to: "", families: [], inview: false });
});
$("clear-range").addEventListener("click", () => applyFilters({ ...state, from: "", to: "" }));
$("toggle-filters").addEventListener("click", (event) => {
  const open = form.classList.toggle("open");
  event.currentTarget.setAttribute("aria-expanded", String(open));
});
more.addEventListener("click", loadMore);
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !detail.hidden) close();
});

window.addEventListener("popstate", () => {
  const previous = state;
  state = parseState(window.location.search);
  syncForm();
  if (state.view && !map.sameView(state.view)) map.setView(state.view);
  if (!sameFilters(previous, state)) refresh();
  if (state.event && state.event !== previous.event) openDetail(state.event);
  else if (!state.event && previous.event) hideDetail();
});

/** A newsroom leaves the page open: reload when the store's event count changes. */
let storedEvents = null;
async function poll() {
  if (document.hidden) return;
  try {
    const health = await fetchHealth();
    if (storedEvents !== null && health.events !== storedEvents) refresh();
    storedEvents = health.events;
  } catch (error) {
    showStatus(`Server unreachable (${error.message}); retrying`, true);
  }
}

buildFamilyBoxes();
syncForm();
const map = new EventMap($("map"), {
  tiles: state.tiles || window.SITROOM_TILES,
  onSelect: select,
  onMove: (view) => {
    commit({ ...state, view }, { push: false });
    if (state.inview) {
      clearTimeout(moving);
      moving = setTimeout(refresh, 300);
    }
  },
});
const initialView = state.view;
if (initialView) map.setView(initialView);
const timeline = new Timeline($("timeline"), {
  onBrush: (from, to) => applyFilters({ ...readForm(), from, to }),
});
const pollSeconds = Number(window.SITROOM_POLL_SECONDS);
// The store's count is read before the first view is fetched: an event stored in between then counts as new.
const counted = pollSeconds > 0 ? poll() : Promise.resolve();
counted
  .then(() => refresh({ fit: !initialView }))
  .then(() => {
    if (state.event) openDetail(state.event);
  });
if (pollSeconds > 0) setInterval(poll, pollSeconds * 1000);
