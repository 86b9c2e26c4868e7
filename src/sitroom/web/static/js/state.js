// The whole UI state lives in the query string, so every view is a permalink and the browser's
// back/forward buttons walk through filter changes and selections.

export const FAMILIES = [
  { id: "battle", label: "Battles", color: "#d62728" },
  { id: "remote_violence", label: "Explosions / remote violence", color: "#ff7f0e" },
  { id: "violence_against_civilians", label: "Violence against civilians", color: "#8c564b" },
  { id: "protest", label: "Protests", color: "#2ca02c" },
  { id: "riot", label: "Riots", color: "#bcbd22" },
  { id: "strategic", label: "Strategic developments", color: "#1f77b4" },
  { id: "diplomacy", label: "Diplomacy", color: "#9467bd" },
  { id: "aid", label: "Aid", color: "#17becf" },
  { id: "statement", label: "Statements", color: "#7f7f7f" },
];

const FAMILY_BY_ID = new Map(FAMILIES.map((family) => [family.id, family]));

export function familyColor(id) {
  return FAMILY_BY_ID.get(id)?.color ?? "#444";
}

export function familyLabel(id) {
  return FAMILY_BY_ID.get(id)?.label ?? String(id);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Free-text filters passed to the API as they are. */
export const TEXT_FILTERS = ["q", "actor", "modality"];

function isoOrEmpty(value) {
  return value && ISO_DATE.test(value) ? value : "";
}

/** Map view as "zoom/lat/lon" (the convention of openstreetmap.org permalinks). */
function parseView(value) {
  const parts = (value || "").split("/").map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom, lat, lon] = parts;
  return { zoom, lat, lon };
}

export function parseState(search) {
  const params = new URLSearchParams(search);
  return {
    from: isoOrEmpty(params.get("from")),
    to: isoOrEmpty(params.get("to")),
    families: params.getAll("family").filter((id) => FAMILY_BY_ID.has(id)),
    ...Object.fromEntries(TEXT_FILTERS.map((key) => [key, params.get(key) || ""])),
    event: params.get("event") || "",
    inview: params.get("inview") === "1",
    view: parseView(params.get("map")),
    tiles: params.get("tiles") || "",
  };
}

export function toSearch(state) {
  const params = new URLSearchParams();
  for (const key of ["from", "to"]) if (state[key]) params.set(key, state[key]);
  for (const id of state.families) params.append("family", id);
  for (const key of [...TEXT_FILTERS, "event"]) if (state[key]) params.set(key, state[key]);
  if (state.inview) params.set("inview", "1");
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    params.set("map", `${zoom}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
  }
  if (state.tiles) params.set("tiles", state.tiles);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * The API query for the current filters; `withDates: false` gives the timeline's full context and
 * `bbox` (the map's bounds) applies only when the "in map view" filter is on.
 */
export function apiFilters(state, { withDates = true, bbox = null } = {}) {
  const params = new URLSearchParams();
  if (state.inview && bbox) params.set("bbox", bbox);
  if (withDates && state.from) params.set("from", state.from);
  if (withDates && state.to) params.set("to", state.to);
  for (const id of state.families) params.append("family", id);
  for (const key of TEXT_FILTERS) if (state[key]) params.set(key, state[key]);
  return params;
}

/** Two states show the same data (the map view and selection do not change what is fetched). */
export function sameFilters(a, b) {
  return a.inview === b.inview && apiFilters(a).toString() === apiFilters(b).toString();
}
