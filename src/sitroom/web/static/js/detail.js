// The detail panel: every field of one event with its evidence sentence highlighted inside its
// paragraph, the source document and the other mentions. Text goes in as text nodes only.

import { el, safeUrl } from "./dom.js";
import { familyColor, familyLabel } from "./state.js";
import { placeLabel } from "./list.js";

const PRECISION = { 1: "day", 2: "week", 3: "month" };
const GEO_PRECISION = { 1: "town", 2: "near a town / part of a region", 3: "region only" };

/** The evidence's offsets inside the paragraph, or by search when offsets do not line up. */
export function evidenceRange(paragraph, evidence) {
  const text = paragraph.text;
  const start = evidence.start - paragraph.start;
  const end = evidence.end - paragraph.start;
  if (start >= 0 && end <= text.length && start < end && text.slice(start, end) === evidence.text) return [start, end];
  const found = evidence.text ? text.indexOf(evidence.text) : -1;
  return found >= 0 ? [found, found + evidence.text.length] : null;
}

function highlighted(record) {
  const evidence = record.evidence ?? { text: "", start: 0, end: 0 };
  const paragraph = record.paragraph;
  const range = paragraph?.text ? evidenceRange(paragraph, evidence) : null;
  if (!range) return el("blockquote", { class: "paragraph" }, el("mark", {}, evidence.text));
  const [start, end] = range;
  return el(
    "blockquote",
    { class: "paragraph" },
    paragraph.text.slice(0, start),
    el("mark", {}, paragraph.text.slice(start, end)),
    paragraph.text.slice(end),
  );
}

function actorLabel(actor) {
  if (!actor) return null;
  return actor.country ? `${actor.name} (${actor.country})` : actor.name;
}

function claimLabel(record) {
  const claim = record.claimed_by;
  const who = claim ? [claim.name, claim.role, claim.side && `side ${claim.side}`].filter(Boolean).join(", ") : "";
  return who ? `${who} — ${record.modality}` : `${record.modality} (no claimant named)`;
}

function verifiedLabel(value) {
  if (value === true) return "yes";
  if (value === false) return "no — could not be independently verified";
  return "not stated";
}

function count(value) {
  return value === null || value === undefined ? "unknown" : String(value);
}

function row(term, value) {
  if (value === null || value === undefined || value === "") return [];
  return [el("dt", {}, term), el("dd", {}, value)];
}

function documentBlock(doc) {
  if (!doc) return null;
  const href = safeUrl(doc.url);
  const title = doc.title || doc.doc_id;
  return el(
    "section",
    { class: "document" },
    el("h3", {}, "Source document"),
    el("p", {}, href ? el("a", { href, rel: "noopener noreferrer", target: "_blank" }, title) : title),
    el("p", { class: "meta" }, [doc.source, doc.date, doc.lang].filter(Boolean).join(" · ")),
    doc.url && !href ? el("p", { class: "meta" }, doc.url) : null,
  );
}

function mentionsBlock(mentions) {
  if (!mentions?.length) return null;
  return el(
    "section",
    { class: "mentions" },
    el("h3", {}, `Mentions (${mentions.length})`),
    el(
      "ul",
      {},
      mentions.map((mention) =>
        el(
          "li",
          {},
          el("q", {}, mention.evidence?.text ?? ""),
          el("span", { class: "meta" }, ` — ${claimLabel(mention)} · document ${mention.doc_id}`),
        ),
      ),
    ),
  );
}

export function renderDetail(container, record, onClose) {
  const location = record.location;
  const where = location
    ? `${placeLabel(location)}${location.mention && location.mention !== location.name ? ` (“${location.mention}”)` : ""}`
    : "unknown place";
  container.replaceChildren(
    el(
      "header",
      {},
      el("span", { class: "swatch", style: `background:${familyColor(record.family)}` }),
      el("h2", { id: "detail-title", tabindex: -1 }, record.sub_event_type ?? record.event_type ?? familyLabel(record.family)),
      el("button", { type: "button", class: "close", "aria-label": "Close detail (Escape)", onclick: onClose }, "×"),
    ),
    el(
      "dl",
      {},
      row("Family", familyLabel(record.family)),
      row("Type", [record.event_type, record.sub_event_type].filter(Boolean).join(" — ")),
      row("PLOVER", record.plover),
      row("Date", record.event_date ? `${record.event_date} (precision: ${PRECISION[record.time_precision] ?? "unknown"})` : "undated"),
      row("Place", where),
      row("Geo precision", location ? GEO_PRECISION[location.geo_precision] : null),
      row("Actor 1", actorLabel(record.actor1)),
      row("Actor 2", actorLabel(record.actor2)),
      row("Fatalities", count(record.fatalities)),
      row("Injured", count(record.injured)),
      row("Claimed by · modality", claimLabel(record)),
      row("Verified", verifiedLabel(record.verified)),
      row("Sources", record.sources === undefined ? null : String(record.sources)),
      row("Confidence", Number.isFinite(record.confidence) ? record.confidence.toFixed(2) : null),
    ),
    el("section", { class: "evidence" }, el("h3", {}, "Evidence"), highlighted(record)),
    documentBlock(record.document),
    mentionsBlock(record.mentions),
  );
  container.setAttribute("aria-labelledby", "detail-title");
}
