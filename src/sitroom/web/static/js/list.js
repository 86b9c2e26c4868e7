// The event list: one focusable item per event; click or Enter opens its detail.

import { el } from "./dom.js";
import { familyColor, familyLabel } from "./state.js";

export function placeLabel(location) {
  if (!location) return "unknown place";
  return [location.name, location.admin1, location.country].filter(Boolean).join(", ");
}

function item(event, selected, { onOpen, onHover }) {
  const open = () => onOpen(event.event_id);
  const hover = () => onHover(event.event_id);
  const leave = () => onHover(null);
  const casualties = event.fatalities ? el("span", { class: "fatal" }, `${event.fatalities} killed`) : null;
  return el(
    "li",
    {
      tabindex: 0,
      class: selected ? "event selected" : "event",
      "aria-current": selected ? "true" : null,
      dataset: { eventId: event.event_id },
      onclick: open,
      onmouseenter: hover,
      onfocus: hover,
      onmouseleave: leave,
      onblur: leave,
      onkeydown: (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          open();
        }
      },
    },
    el("span", { class: "swatch", style: `background:${familyColor(event.family)}`, title: familyLabel(event.family) }),
    el("span", { class: "when" }, event.event_date ?? "undated"),
    el("span", { class: "what" }, event.sub_event_type ?? event.event_type ?? familyLabel(event.family)),
    el("span", { class: "where" }, placeLabel(event.location)),
    casualties,
    el("span", { class: "evidence" }, event.evidence?.text ?? ""),
  );
}

/** Newest event date first (undated last); the API pages in ingest order, analysts read by date. */
export function byDateDesc(events) {
  return [...events].sort((a, b) => (b.event_date ?? "").localeCompare(a.event_date ?? ""));
}

/** `handlers.onOpen(id)` opens an event; `handlers.onHover(id | null)` points it out on the map. */
export function renderList(container, events, selectedId, handlers) {
  const items = byDateDesc(events).map((event) => item(event, event.event_id === selectedId, handlers));
  container.replaceChildren(...items);
}

export function markSelected(container, selectedId) {
  for (const node of container.children) {
    const on = node.dataset.eventId === selectedId;
    node.classList.toggle("selected", on);
    if (on) node.setAttribute("aria-current", "true");
    else node.removeAttribute("aria-current");
  }
}
