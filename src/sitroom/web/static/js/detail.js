// The detail panel: every field of one event with its evidence sentence highlighted inside its
// paragraph, the source document and the other mentions. Text goes in as text nodes only.

import { fetchDocument } from "./api.js";
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

/** `passage` ({text, start}) quoted with the evidence sentence marked inside it. */
function highlighted(passage, evidence, className) {
  const range = passage?.text ? evidenceRange(passage, evidence) : null;
  if (!range) return el("blockquote", { class: className }, el("mark", {}, evidence.text));
  const [start, end] = range;
  return el(
    "blockquote",
    { class: className },
    passage.text.slice(0, start),
    el("mark", {}, passage.text.slice(start, end)),
    passage.text.slice(end),
  );
}

/** A button that swaps the paragraph for the whole article (fetched on demand), evidence still marked. */
function fullTextButton(record, evidence) {
  const button = el("button", { type: "button", class: "fulltext", "aria-expanded": "false" }, "Show the whole article");
  button.addEventListener("click", async () => {
    const section = button.closest("section");
    const open = button.getAttribute("aria-expanded") === "true";
    section.querySelector("blockquote").replaceWith(
      open ? highlighted(record.paragraph, evidence, "paragraph") : await articleQuote(record.doc_id, evidence),
    );
    section.querySelector("mark")?.scrollIntoView({ block: "center" });
    button.setAttribute("aria-expanded", String(!open));
    button.textContent = open ? "Show the whole article" : "Show only the paragraph";
  });
  return button;
}

async function articleQuote(docId, evidence) {
  try {
    const doc = await fetchDocument(docId);
    return highlighted({ text: doc.text, start: 0 }, evidence, "paragraph article");
  } catch (error) {
    return el("blockquote", { class: "paragraph error" }, `Could not load the article: ${error.message}`);
  }
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

function quantitiesLabel(quantities) {
  return quantities?.length ? quantities.map((quantity) => `${quantity.text} (${quantity.value} ${quantity.unit})`).join("; ") : null;
}

export function renderDetail(container, record, onClose) {
  const location = record.location;
  const evidence = record.evidence ?? { text: "", start: 0, end: 0 };
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
      row("Quantities", quantitiesLabel(record.quantities)),
      row("Claimed by · modality", claimLabel(record)),
      row("Verified", verifiedLabel(record.verified)),
      row("Sources", record.sources === undefined ? null : String(record.sources)),
      row("Confidence", Number.isFinite(record.confidence) ? record.confidence.toFixed(2) : null),
    ),
    el(
      "section",
      { class: "evidence" },
      el("h3", {}, "Evidence"),
      highlighted(record.paragraph, evidence, "paragraph"),
      record.document ? fullTextButton(record, evidence) : null,
    ),
    documentBlock(record.document),
    mentionsBlock(record.mentions),
  );
  container.setAttribute("aria-labelledby", "detail-title");
}
