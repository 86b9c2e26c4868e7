// Timeline histogram: events per day stacked by family (SVG), with a brush — drag across the
// bars to select a date range, which then filters the map and the list.

import { svg } from "./dom.js";
import { FAMILIES, familyColor, familyLabel } from "./state.js";

const DAY_MS = 86400000;
const HEIGHT = 90;
const AXIS = 16;

const toDay = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const toIso = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Per-day stacks from the API's `{date, family, count}` rows, in the family display order. */
export function stackDays(rows) {
  const byDay = new Map();
  for (const row of rows) {
    if (!row.date) continue;
    const day = toDay(row.date);
    if (!byDay.has(day)) byDay.set(day, new Map());
    const counts = byDay.get(day);
    counts.set(row.family, (counts.get(row.family) ?? 0) + row.count);
  }
  const order = FAMILIES.map((family) => family.id);
  return [...byDay.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([day, counts]) => ({
      day,
      total: [...counts.values()].reduce((sum, n) => sum + n, 0),
      parts: [...counts.entries()].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])),
    }));
}

export class Timeline {
  constructor(container, { onBrush }) {
    this.container = container;
    this.onBrush = onBrush;
    this.stacks = [];
    this.range = null;
    this.selection = { from: "", to: "" };
    new ResizeObserver(() => this.draw()).observe(container);
  }

  setData(rows) {
    this.stacks = stackDays(rows);
    this.draw();
  }

  setSelection(from, to) {
    this.selection = { from, to };
    this.draw();
  }

  /** Days shown: the data's extent widened to include any selected dates. */
  extent() {
    const days = this.stacks.map((stack) => stack.day);
    for (const iso of [this.selection.from, this.selection.to]) if (iso) days.push(toDay(iso));
    if (!days.length) return null;
    return [Math.min(...days), Math.max(...days) + 1];
  }

  draw() {
    this.container.replaceChildren();
    const extent = this.extent();
    const width = Math.max(200, this.container.clientWidth);
    if (!extent) {
      this.container.append(svg("svg", { width, height: HEIGHT, role: "img", "aria-label": "No dated events" },
        svg("text", { x: 8, y: HEIGHT / 2, class: "empty" }, "No dated events")));
      return;
    }
    const [first, last] = extent;
    const x = (day) => ((day - first) / (last - first)) * width;
    const dayAt = (px) => first + Math.floor((Math.min(Math.max(px, 0), width - 1) / width) * (last - first));
    const maxTotal = Math.max(1, ...this.stacks.map((stack) => stack.total));
    const plot = HEIGHT - AXIS;
    const barWidth = Math.max(1, width / (last - first) - 1);
    const root = svg("svg", {
      width, height: HEIGHT, class: "histogram", role: "img",
      "aria-label": `Events per day from ${toIso(first)} to ${toIso(last - 1)}`,
    });
    for (const stack of this.stacks) {
      let y = plot;
      for (const [family, count] of stack.parts) {
        const h = (count / maxTotal) * (plot - 14);
        y -= h;
        root.append(svg("rect", { x: x(stack.day), y, width: barWidth, height: h, fill: familyColor(family) },
          svg("title", {}, `${toIso(stack.day)} — ${familyLabel(family)}: ${count}`)));
      }
    }
    root.append(
      svg("text", { x: 2, y: 10, class: "axis" }, `${maxTotal} / day`),
      svg("text", { x: 2, y: HEIGHT - 3, class: "axis" }, toIso(first)),
      svg("text", { x: width - 2, y: HEIGHT - 3, class: "axis", "text-anchor": "end" }, toIso(last - 1)),
    );
    const { from, to } = this.selection;
    if (from || to) {
      const lo = from ? x(toDay(from)) : 0;
      const hi = to ? x(toDay(to) + 1) : width;
      root.append(svg("rect", { x: lo, y: 0, width: Math.max(2, hi - lo), height: plot, class: "selection" }));
    }
    this.attachBrush(root, dayAt, x);
    this.container.append(root);
  }

  attachBrush(root, dayAt, x) {
    let start = null;
    let band = null;
    const px = (event) => event.clientX - root.getBoundingClientRect().left;
    root.addEventListener("pointerdown", (event) => {
      start = px(event);
      band = svg("rect", { x: start, y: 0, width: 0, height: HEIGHT - AXIS, class: "brush" });
      root.append(band);
      root.setPointerCapture(event.pointerId);
    });
    root.addEventListener("pointermove", (event) => {
      if (start === null) return;
      const now = px(event);
      band.setAttribute("x", String(Math.min(start, now)));
      band.setAttribute("width", String(Math.abs(now - start)));
    });
    root.addEventListener("pointerup", (event) => {
      if (start === null) return;
      const end = px(event);
      const [a, b] = [Math.min(start, end), Math.max(start, end)];
      start = null;
      if (b - a < 3) {
        this.draw();
        return;
      }
      const from = dayAt(a);
      const to = Math.max(from, dayAt(b));
      band.setAttribute("x", String(x(from)));
      this.onBrush(toIso(from), toIso(to));
    });
  }
}
