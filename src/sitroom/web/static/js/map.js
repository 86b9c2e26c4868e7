// The event map: Leaflet + markercluster, markers coloured by family and sized by fatalities.
// Tiles are optional: when they cannot load (offline, blocked) the map falls back to a plain
// background with a graticule so the points stay readable.
/* global L */

import { el } from "./dom.js";
import { familyColor, familyLabel } from "./state.js";

const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const OSM_ATTRIBUTION = "© OpenStreetMap contributors";
const DEFAULT_VIEW = { zoom: 2, lat: 30, lon: 10 };

/** Marker diameter in pixels: grows with the square root of fatalities, bounded. */
export function markerSize(fatalities) {
  return Math.round(Math.min(40, 12 + 4 * Math.sqrt(Math.max(0, fatalities || 0))));
}

/** Graticule spacing in degrees for a zoom level: roughly five lines across the screen. */
function gridStep(zoom) {
  const steps = [30, 10, 5, 2, 1, 0.5, 0.25, 0.1];
  return steps[Math.min(steps.length - 1, Math.max(0, Math.floor(zoom / 2)))];
}

function degrees(value, positive, negative) {
  const wrapped = ((((value + 180) % 360) + 360) % 360) - 180;
  return `${Math.abs(Number(wrapped.toFixed(2)))}°${wrapped >= 0 ? positive : negative}`;
}

/** A graticule label pinned to the left (latitudes) or bottom (longitudes) edge of the view. */
function gridLabel(latlng, text, axis) {
  const icon = L.divIcon({ html: el("span", {}, text), className: `grid-label ${axis}`, iconSize: null });
  return L.marker(latlng, { icon, interactive: false, keyboard: false });
}

/** A marker's accessible name, from its point's properties. */
function describe(event) {
  const place = event.place ?? "unknown place";
  return `${familyLabel(event.family)}: ${event.sub_event_type ?? event.event_type ?? ""} — ${place}, ${event.event_date ?? "undated"}`;
}

/**
 * A coloured dot. Markers of one colour, size and selection share an icon, and its element is only
 * built when Leaflet shows the marker: with thousands of events, most sit inside clusters.
 */
const DotIcon = L.DivIcon.extend({
  createIcon(oldIcon) {
    const div = L.DivIcon.prototype.createIcon.call(this, oldIcon);
    const { size, color, selected } = this.options.dot;
    const style = `width:${size}px;height:${size}px;background:${color}`;
    div.append(el("span", { class: selected ? "dot selected" : "dot", style }));
    return div;
  },
});
const ICONS = new Map();

function markerIcon(event, selected) {
  const size = markerSize(event.fatalities);
  const color = familyColor(event.family);
  const key = `${color} ${size} ${selected}`;
  if (!ICONS.has(key)) {
    const options = { html: false, className: "event-marker", iconSize: [size, size], dot: { size, color, selected } };
    ICONS.set(key, new DotIcon(options));
  }
  return ICONS.get(key);
}

/** A conic-gradient ring showing each family's share of a cluster's events. */
export function familyRing(families) {
  const counts = new Map();
  for (const family of families) counts.set(family, (counts.get(family) ?? 0) + 1);
  let at = 0;
  const stops = [];
  for (const [family, count] of [...counts.entries()].sort((a, b) => b[1] - a[1])) {
    const next = at + (count / families.length) * 100;
    stops.push(`${familyColor(family)} ${at.toFixed(2)}% ${next.toFixed(2)}%`);
    at = next;
  }
  return `conic-gradient(${stops.join(", ")})`;
}

function clusterIcon(cluster) {
  const count = cluster.getChildCount();
  const size = count < 10 ? 32 : count < 100 ? 40 : 48;
  const ring = familyRing(cluster.getAllChildMarkers().map((marker) => marker.sitroomEvent.family));
  const badge = el(
    "span",
    { class: "cluster", style: `width:${size}px;height:${size}px;background:${ring}` },
    el("span", { class: "count" }, String(count)),
  );
  return L.divIcon({ html: badge, className: "event-cluster", iconSize: [size, size] });
}

export class EventMap {
  constructor(container, { tiles, onSelect, onMove }) {
    this.onSelect = onSelect;
    this.onMove = onMove;
    this.markers = new Map();
    this.selected = null;
    this.tiles = null;
    this.offline = false;
    this.map = L.map(container, { maxZoom: 18, minZoom: 1, worldCopyJump: true, keyboard: true });
    this.map.attributionControl.setPrefix(false);
    this.setView(DEFAULT_VIEW);
    this.cluster = L.markerClusterGroup({ maxClusterRadius: 40, animate: false, iconCreateFunction: clusterIcon });
    // One handler for all markers (clusters fire "cluster…" events instead). Markers are focusable
    // (keyboard: true); Leaflet reports Enter on them as a keypress.
    this.cluster.on("click", (e) => this.onSelect(e.layer.sitroomEvent.event_id));
    this.cluster.on("keypress", (e) => {
      if (e.originalEvent.key === "Enter") this.onSelect(e.layer.sitroomEvent.event_id);
    });
    this.map.addLayer(this.cluster);
    this.grid = L.layerGroup();
    this.addTiles(tiles || OSM_TILES);
    // Leaflet caches its size: follow layout changes (timeline drawn, phone rotated, panels).
    new ResizeObserver(() => this.map.invalidateSize({ pan: false })).observe(container);
    this.map.on("moveend", () => {
      if (this.offline) this.drawGrid();
      this.onMove(this.view());
    });
  }

  addTiles(template) {
    if (template === "none") {
      this.goOffline();
      return;
    }
    let loaded = false;
    this.tiles = L.tileLayer(template, { maxZoom: 18, attribution: template === OSM_TILES ? OSM_ATTRIBUTION : "" });
    this.tiles.on("tileload", () => {
      loaded = true;
    });
    this.tiles.on("tileerror", () => {
      if (!loaded) this.goOffline();
    });
    this.tiles.addTo(this.map);
  }

  /** Plain background plus a graticule: nothing to download. */
  goOffline() {
    if (this.offline) return;
    this.offline = true;
    if (this.tiles) this.map.removeLayer(this.tiles);
    this.tiles = null;
    this.map.getContainer().classList.add("offline");
    this.grid.addTo(this.map);
    this.drawGrid();
  }

  drawGrid() {
    this.grid.clearLayers();
    const bounds = this.map.getBounds();
    const step = gridStep(this.map.getZoom());
    const south = Math.max(-85, Math.floor(bounds.getSouth() / step) * step);
    const north = Math.min(85, Math.ceil(bounds.getNorth() / step) * step);
    const west = Math.floor(bounds.getWest() / step) * step;
    const east = Math.ceil(bounds.getEast() / step) * step;
    const style = { color: "#8aa", weight: 1, opacity: 0.5, interactive: false };
    for (let lat = south; lat <= north; lat += step) {
      this.grid.addLayer(L.polyline([[lat, west], [lat, east]], style));
      this.grid.addLayer(gridLabel([lat, bounds.getWest()], degrees(lat, "N", "S"), "lat"));
    }
    for (let lon = west; lon <= east; lon += step) {
      this.grid.addLayer(L.polyline([[south, lon], [north, lon]], style));
      this.grid.addLayer(gridLabel([bounds.getSouth(), lon], degrees(lon, "E", "W"), "lon"));
    }
  }

  view() {
    const center = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: center.lat, lon: center.lng };
  }

  /** The visible area as the API's `minLon,minLat,maxLon,maxLat`, clamped to the valid range. */
  bbox() {
    const b = this.map.getBounds();
    const clamp = (value, limit) => Math.max(-limit, Math.min(limit, value)).toFixed(4);
    return [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)].join(",");
  }

  setView(view) {
    this.map.setView([view.lat, view.lon], view.zoom, { animate: false });
  }

  sameView(view) {
    const now = this.view();
    return now.zoom === view.zoom && Math.abs(now.lat - view.lat) < 1e-4 && Math.abs(now.lon - view.lon) < 1e-4;
  }

  /** Replace the markers with the API's points (GeoJSON Features whose id is the event id). */
  setPoints(features) {
    this.cluster.clearLayers();
    this.markers.clear();
    const layers = [];
    for (const feature of features) {
      const [lon, lat] = feature.geometry.coordinates;
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      const event = { event_id: feature.id, ...feature.properties };
      const label = describe(event);
      const marker = L.marker([lat, lon], {
        icon: markerIcon(event, event.event_id === this.selected),
        title: label,
        alt: label,
        keyboard: true,
        riseOnHover: true,
      });
      marker.sitroomEvent = event;
      this.markers.set(event.event_id, marker);
      layers.push(marker);
    }
    this.cluster.addLayers(layers);
  }

  fitEvents() {
    const bounds = L.latLngBounds([...this.markers.values()].map((marker) => marker.getLatLng()));
    if (bounds.isValid()) this.map.fitBounds(bounds, { padding: [30, 30], maxZoom: 10, animate: false });
  }

  select(eventId) {
    for (const id of [this.selected, eventId]) {
      const marker = id ? this.markers.get(id) : null;
      if (marker) marker.setIcon(markerIcon(marker.sitroomEvent, id === eventId));
    }
    this.selected = eventId || null;
  }

  /** Point out one event's marker (list hover/focus); null clears. */
  hover(eventId) {
    for (const [id, marker] of this.markers) {
      marker.getElement()?.classList.toggle("hovered", id === eventId);
    }
  }

  /** Bring a selected event into view (opening its cluster if needed). */
  reveal(eventId) {
    const marker = this.markers.get(eventId);
    if (marker) this.cluster.zoomToShowLayer(marker);
  }
}
