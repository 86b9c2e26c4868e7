// Deployment hook, loaded before the app. Set a tile URL template here to replace OpenStreetMap,
// e.g. window.SITROOM_TILES = "https://tiles.example.org/{z}/{x}/{y}.png"; or "none" for no tiles.
// A `?tiles=` query parameter overrides it for one view.
window.SITROOM_TILES = window.SITROOM_TILES || null;
// How often (seconds) to check the server for new events and reload the view; 0 turns it off.
window.SITROOM_POLL_SECONDS = window.SITROOM_POLL_SECONDS ?? 60;
// The map clusters every matching event up to this many (the list pages through 500 at a time).
window.SITROOM_MAP_LIMIT = window.SITROOM_MAP_LIMIT ?? 100000;
