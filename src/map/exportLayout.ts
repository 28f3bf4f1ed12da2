/**
 * Map export (PNG at presentation/print resolution): the pure layout half. Output size, the scale bar's round
 * length, the legend's columns, where the title, north arrow, attribution and the schematic note go, the file
 * name, and reading a PNG's size back. The canvas drawing uses these numbers; nothing here touches the DOM.
 * All layout is in CSS pixels of the map; the drawing multiplies by the export pixel ratio.
 */

// ── size ───────────────────────────────────────────────────────────────────────────────────────────────

/** The issue asks for at least twice the screen resolution. */
export const MIN_EXPORT_SCALE = 2;
/** A canvas side most WebGL implementations can render (MAX_RENDERBUFFER_SIZE is usually 8192 or 16384). */
export const DEFAULT_MAX_SIDE = 8192;
/** Canvas area browsers accept without failing silently (Safari's limit is about 16.7 Mpx). */
export const DEFAULT_MAX_AREA = 16_777_216;

export interface ExportSize {
  /** Output image size in device pixels. */
  width: number;
  height: number;
  /** Pixel ratio the map is rendered at for the export (output / CSS size). */
  pixelRatio: number;
  /** True when the size limit lowered the ratio below what was asked. */
  capped: boolean;
}

/**
 * The size of an exported image: the map's CSS size times a ratio of at least 2 (or the screen's own
 * devicePixelRatio when higher, or the requested scale), lowered only when the GPU or canvas limit forbids it.
 */
export function exportSize(
  screen: { width: number; height: number; devicePixelRatio?: number },
  options: { scale?: number; maxSide?: number; maxArea?: number } = {},
): ExportSize {
  const width = Math.max(1, Math.round(screen.width));
  const height = Math.max(1, Math.round(screen.height));
  const wanted = Math.max(MIN_EXPORT_SCALE, screen.devicePixelRatio ?? 1, options.scale ?? MIN_EXPORT_SCALE);
  const maxSide = options.maxSide ?? DEFAULT_MAX_SIDE;
  const maxArea = options.maxArea ?? DEFAULT_MAX_AREA;
  const limit = Math.min(maxSide / width, maxSide / height, Math.sqrt(maxArea / (width * height)));
  const pixelRatio = Math.min(wanted, limit);
  return {
    width: Math.floor(width * pixelRatio),
    height: Math.floor(height * pixelRatio),
    pixelRatio,
    capped: pixelRatio < wanted,
  };
}

// ── scale bar ──────────────────────────────────────────────────────────────────────────────────────────

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** Ground metres per CSS pixel at a latitude and MapLibre zoom (the world is 512 · 2^zoom pixels wide). */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export interface ScaleBar {
  metres: number;
  widthPx: number;
  label: string;
  /** Alternating black/white segments drawn along the bar. */
  segments: number;
}

/**
 * The longest round distance (1, 2 or 5 × 10ⁿ metres) whose bar fits in `maxWidthPx`. Null when the scale is
 * unknown (non-finite or non-positive metres per pixel).
 */
export function chooseScaleBar(metresPerPx: number, maxWidthPx = 120): ScaleBar | null {
  if (!Number.isFinite(metresPerPx) || metresPerPx <= 0 || maxWidthPx <= 0) return null;
  const maxMetres = metresPerPx * maxWidthPx;
  const magnitude = 10 ** Math.floor(Math.log10(maxMetres));
  const leading = [5, 2, 1].find((d) => d * magnitude <= maxMetres * (1 + 1e-9)) ?? 1;
  const metres = leading * magnitude;
  return {
    metres,
    widthPx: metres / metresPerPx,
    label: formatDistance(metres),
    segments: leading === 1 ? 2 : leading === 2 ? 4 : 5,
  };
}

export function formatDistance(metres: number): string {
  if (metres >= 1000) return `${Number((metres / 1000).toPrecision(6))} km`;
  return `${Number(metres.toPrecision(6))} m`;
}

// ── text ───────────────────────────────────────────────────────────────────────────────────────────────

/** Measures text in CSS pixels; the canvas passes ctx.measureText, tests use the estimate below. */
export type Measure = (text: string, fontPx: number) => number;

/** Width estimate: CJK and full-width characters are one em, others a little over half. */
export const estimateTextWidth: Measure = (text, fontPx) => {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 1 : 0.56;
  return em * fontPx;
};

/** Shortens text with an ellipsis so it fits `maxWidth`. */
export function fitText(text: string, maxWidth: number, fontPx: number, measure: Measure = estimateTextWidth): string {
  if (measure(text, fontPx) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && measure(`${chars.join('')}…`, fontPx) > maxWidth) chars.pop();
  return chars.length > 0 ? `${chars.join('')}…` : '';
}

/** Breaks text into at most `maxLines` lines of `maxWidth` (CJK breaks anywhere, Latin at spaces). */
export function wrapText(
  text: string,
  maxWidth: number,
  fontPx: number,
  maxLines = 2,
  measure: Measure = estimateTextWidth,
): string[] {
  const tokens =
    text.match(
      /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]|[^\s\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]+|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && measure(candidate.trimEnd(), fontPx) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(`${kept[maxLines - 1]}${lines.slice(maxLines).join(' ')}`, maxWidth, fontPx, measure);
  return kept;
}

// ── legend ─────────────────────────────────────────────────────────────────────────────────────────────

export interface LegendEntry {
  label: string;
  color: string;
  shape: 'fill' | 'line' | 'point';
  /** Opacity of a fill swatch's area, as the map fills it (absent: 0.4). */
  fillOpacity?: number;
  /** Opacity of the outline, line or dot (absent: 1). */
  strokeOpacity?: number;
}

export interface LegendLayout {
  width: number;
  height: number;
  columns: number;
  /** Rows that fit; entries beyond are left out and counted in `hidden`. */
  rows: { x: number; y: number; entry: LegendEntry }[];
  hidden: number;
}

export interface LegendStyle {
  fontPx: number;
  rowHeight: number;
  swatch: number;
  padding: number;
  gap: number;
  titleHeight: number;
  maxLabelWidth: number;
}

export const LEGEND_STYLE: LegendStyle = {
  fontPx: 12,
  rowHeight: 18,
  swatch: 14,
  padding: 8,
  gap: 6,
  titleHeight: 20,
  maxLabelWidth: 220,
};

/**
 * Lays the legend out in columns, top to bottom then left to right, so it never exceeds `maxHeight` nor
 * `maxWidth`. Row positions are relative to the legend box's top-left corner (the swatch's top-left).
 */
export function legendLayout(
  entries: LegendEntry[],
  maxWidth: number,
  maxHeight: number,
  style: LegendStyle = LEGEND_STYLE,
  measure: Measure = estimateTextWidth,
): LegendLayout {
  const { fontPx, rowHeight, swatch, padding, gap, titleHeight, maxLabelWidth } = style;
  if (entries.length === 0) return { width: 0, height: 0, columns: 0, rows: [], hidden: 0 };
  const perColumn = Math.max(1, Math.floor((maxHeight - 2 * padding - titleHeight) / rowHeight));
  const rows: LegendLayout['rows'] = [];
  let x = padding;
  let columns = 0;
  let placed = 0;
  while (placed < entries.length) {
    const column = entries.slice(placed, placed + perColumn).map((entry) => ({
      ...entry,
      label: fitText(entry.label, maxLabelWidth, fontPx, measure),
    }));
    const columnWidth = swatch + gap + Math.max(...column.map((e) => measure(e.label, fontPx)));
    if (columns > 0 && x + columnWidth + padding > maxWidth) break;
    column.forEach((entry, i) => rows.push({ x, y: padding + titleHeight + i * rowHeight, entry }));
    x += columnWidth + 2 * gap;
    columns += 1;
    placed += column.length;
  }
  const usedRows = Math.min(perColumn, rows.length);
  return {
    width: Math.min(maxWidth, x - 2 * gap + padding),
    height: 2 * padding + titleHeight + usedRows * rowHeight,
    columns,
    rows,
    hidden: entries.length - rows.length,
  };
}

// ── whole frame ────────────────────────────────────────────────────────────────────────────────────────

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FrameInput {
  /** Map size in CSS pixels. */
  width: number;
  height: number;
  title: string;
  subtitle?: string;
  legendTitle: string;
  legend: LegendEntry[];
  attribution: string;
  /** "示意图 — schematic" when a schematic layer is visible, else null. */
  schematicNote: string | null;
  scaleBar: ScaleBar | null;
  measure?: Measure;
}

export interface FrameLayout {
  margin: number;
  title: Rect & { lines: string[]; fontPx: number; subtitle: string | null; subtitleFontPx: number };
  northArrow: Rect;
  legend: Rect & { layout: LegendLayout };
  scaleBar: Rect | null;
  attribution: Rect & { lines: string[]; fontPx: number };
  note: (Rect & { text: string; fontPx: number }) | null;
}

/**
 * Places everything drawn over the map: title top-left, north arrow top-right, legend bottom-left, scale bar
 * bottom-right above the attribution, schematic note top-centre under the title band.
 */
export function frameLayout(input: FrameInput): FrameLayout {
  const measure = input.measure ?? estimateTextWidth;
  const { width, height } = input;
  const margin = Math.round(Math.max(10, Math.min(width, height) * 0.02));
  const titleFontPx = width < 700 ? 18 : 22;
  const subtitleFontPx = 13;
  const arrowSize = 44;

  const titleMaxWidth = Math.max(120, width - 3 * margin - arrowSize - 24);
  const lines = wrapText(input.title, titleMaxWidth, titleFontPx, 2, measure);
  const subtitle = input.subtitle ? fitText(input.subtitle, titleMaxWidth, subtitleFontPx, measure) : null;
  const titleTextWidth = Math.max(
    ...lines.map((l) => measure(l, titleFontPx)),
    subtitle ? measure(subtitle, subtitleFontPx) : 0,
  );
  const titleHeight = lines.length * titleFontPx * 1.3 + (subtitle ? subtitleFontPx * 1.5 : 0) + 16;
  const title = {
    x: margin,
    y: margin,
    width: titleTextWidth + 24,
    height: titleHeight,
    lines,
    fontPx: titleFontPx,
    subtitle,
    subtitleFontPx,
  };
  const northArrow = { x: width - margin - arrowSize, y: margin, width: arrowSize, height: arrowSize + 14 };

  const attributionFontPx = 10;
  const attributionLines = wrapText(input.attribution, width * 0.45, attributionFontPx, 2, measure);
  const attributionWidth = Math.max(0, ...attributionLines.map((l) => measure(l, attributionFontPx))) + 8;
  const attributionHeight = attributionLines.length * attributionFontPx * 1.3 + 6;
  const attribution = {
    x: width - margin - attributionWidth,
    y: height - margin - attributionHeight,
    width: attributionWidth,
    height: attributionHeight,
    lines: attributionLines,
    fontPx: attributionFontPx,
  };

  const scaleBar = input.scaleBar
    ? {
        x: width - margin - input.scaleBar.widthPx - 16,
        y: attribution.y - 8 - 34,
        width: input.scaleBar.widthPx + 16,
        height: 34,
      }
    : null;

  const legendTop = title.y + title.height + margin;
  const legendMaxHeight = Math.max(60, height - legendTop - margin);
  const legendMaxWidth = Math.max(120, width * 0.45);
  const layout = legendLayout(input.legend, legendMaxWidth, legendMaxHeight, LEGEND_STYLE, measure);
  const legendWidth = Math.max(
    layout.width,
    measure(input.legendTitle, LEGEND_STYLE.fontPx + 1) + 2 * LEGEND_STYLE.padding,
  );
  const legend = {
    x: margin,
    y: height - margin - layout.height,
    width: layout.rows.length ? legendWidth : 0,
    height: layout.height,
    layout,
  };

  let note: FrameLayout['note'] = null;
  if (input.schematicNote) {
    const fontPx = 13;
    const noteWidth = measure(input.schematicNote, fontPx) + 20;
    note = {
      x: Math.max(title.x + title.width + margin, (width - noteWidth) / 2),
      y: margin,
      width: noteWidth,
      height: fontPx + 12,
      text: input.schematicNote,
      fontPx,
    };
    if (note.x + note.width > northArrow.x - margin) {
      note.x = margin;
      note.y = title.y + title.height + 6;
      legend.y = Math.max(legend.y, note.y + note.height + margin);
    }
  }
  return { margin, title, northArrow, legend, scaleBar, attribution, note };
}

/** Canvas rotation (radians) of a north arrow on a map rotated by `bearing` degrees. */
export function northArrowRotation(bearing: number): number {
  return (-bearing * Math.PI) / 180;
}

/** Layers whose features are drawn schematically (the plan gives no exact line) need the note. */
export function needsSchematicNote(accuracies: Iterable<string>): boolean {
  for (const accuracy of accuracies) if (accuracy === 'schematic') return true;
  return false;
}

/** The export's schematic badge, in the export's language (one language a map: no "示意图 — schematic"). */
export const SCHEMATIC_NOTE = { zh: '示意图', en: 'Schematic' } as const;

// ── file ───────────────────────────────────────────────────────────────────────────────────────────────

/** "株洲规划一张图-一核一圈一廊-20250314-0930.png": title made safe for every file system. */
export function exportFileName(title: string, date: Date, ext = 'png'): string {
  const safe = title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
  return `${safe || 'map'}-${stamp}.${ext}`;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk; null when the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
