// Thin client for the Sitroom REST API (same origin).

export class ApiError extends Error {
  constructor(status, code, detail) {
    super(`${status} ${code}: ${detail}`);
    this.status = status;
    this.code = code;
  }
}

export async function getJSON(path, params = new URLSearchParams()) {
  const query = params.toString();
  const response = await fetch(query ? `${path}?${query}` : path, { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, body?.error ?? "http_error", body?.detail ?? response.statusText);
  }
  return body;
}

export function fetchEvents(filters, cursor, limit = 500) {
  const params = new URLSearchParams(filters);
  params.set("limit", String(limit));
  if (cursor) params.set("cursor", cursor);
  return getJSON("/api/events", params);
}

/** The map layer: up to `limit` located events as light GeoJSON points. */
export function fetchPoints(filters, limit) {
  const params = new URLSearchParams(filters);
  params.set("limit", String(limit));
  return getJSON("/api/points", params);
}

export const fetchStats = (filters) => getJSON("/api/stats", filters);
export const fetchEvent = (eventId) => getJSON(`/api/events/${encodeURIComponent(eventId)}`);
export const fetchDocument = (docId) => getJSON(`/api/documents/${encodeURIComponent(docId)}`);
export const fetchHealth = () => getJSON("/api/health");
