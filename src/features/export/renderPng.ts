/**
 * Renders the live map to a PNG at presentation/print resolution: the map is re-drawn at a higher pixel ratio
 * (MapLibre setPixelRatio; the map is created with preserveDrawingBuffer), copied onto a 2D canvas, and the
 * title, legend, scale bar, north arrow, attribution and schematic note are drawn over it. Layout numbers come
 * from mapExport.ts (pure, unit-tested).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  DEFAULT_MAX_SIDE,
  chooseScaleBar,
  exportSize,
  frameLayout,
  metresPerPixel,
  northArrowRotation,
  type FrameLayout,
  type LegendEntry,
  type Measure,
  type Rect,
} from '../../map/exportLayout';

export interface ExportTexts {
  title: string;
  subtitle?: string;
  legendTitle: string;
  legend: LegendEntry[];
  attribution: string;
  /** Shown when a schematic layer is visible, else null. */
  schematicNote: string | null;
  north: string;
}

export interface ExportResult {
  blob: Blob;
  width: number;
  height: number;
  pixelRatio: number;
  capped: boolean;
}

const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";
const font = (px: number, weight = 400) => `${weight} ${px}px ${FONT}`;

/** The largest canvas side this GPU renders (MAX_RENDERBUFFER_SIZE / MAX_VIEWPORT_DIMS). */
function maxSide(map: MapLibreMap): number {
  const canvas = map.getCanvas();
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return DEFAULT_MAX_SIDE;
  const renderbuffer = Number(gl.getParameter(gl.MAX_RENDERBUFFER_SIZE)) || DEFAULT_MAX_SIDE;
  const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array | null;
  return Math.min(renderbuffer, viewport?.[0] ?? renderbuffer, viewport?.[1] ?? renderbuffer, 16384);
}

function rendered(map: MapLibreMap, timeoutMs = 15000): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, timeoutMs);
    map.once('idle', () => {
      window.clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });
}

/** Sizes an export would have at each scale, for the dialog to show before rendering. */
export function exportSizes(map: MapLibreMap, scales: number[]) {
  const container = map.getContainer();
  const screen = { width: container.clientWidth, height: container.clientHeight, devicePixelRatio: 1 };
  const side = maxSide(map);
  return scales.map((scale) => ({ scale, ...exportSize(screen, { scale, maxSide: side }) }));
}

export async function renderMapPng(map: MapLibreMap, texts: ExportTexts, scale = 2): Promise<ExportResult> {
  const container = map.getContainer();
  const cssWidth = container.clientWidth;
  const cssHeight = container.clientHeight;
  const size = exportSize(
    { width: cssWidth, height: cssHeight, devicePixelRatio: window.devicePixelRatio },
    { scale, maxSide: maxSide(map) },
  );
  const original = map.getPixelRatio();
  const out = document.createElement('canvas');
  try {
    map.setPixelRatio(size.pixelRatio);
    await rendered(map);
    const source = map.getCanvas();
    out.width = source.width;
    out.height = source.height;
    const context = out.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(source, 0, 0);
    const ratio = out.width / cssWidth;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    const center = map.getCenter();
    drawFrame(
      context,
      cssWidth,
      out.height / ratio,
      texts,
      map.getBearing(),
      metresPerPixel(center.lat, map.getZoom()),
    );
  } finally {
    map.setPixelRatio(original);
  }
  const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  return { blob, width: out.width, height: out.height, pixelRatio: out.width / cssWidth, capped: size.capped };
}

function panel(context: CanvasRenderingContext2D, rect: Rect, alpha = 0.9) {
  context.save();
  context.fillStyle = `rgba(255, 255, 255, ${alpha})`;
  context.strokeStyle = 'rgba(0, 0, 0, 0.25)';
  context.lineWidth = 1;
  context.beginPath();
  context.roundRect(rect.x, rect.y, rect.width, rect.height, 4);
  context.fill();
  context.stroke();
  context.restore();
}

/** Draws the overlays in CSS pixels (the context is already scaled to the export ratio). */
export function drawFrame(
  context: CanvasRenderingContext2D,
  width: number,
  height: number,
  texts: ExportTexts,
  bearing: number,
  metresPerPx: number,
): FrameLayout {
  const measure: Measure = (text, px) => {
    context.font = font(px);
    return context.measureText(text).width;
  };
  const layout = frameLayout({
    width,
    height,
    title: texts.title,
    subtitle: texts.subtitle,
    legendTitle: texts.legendTitle,
    legend: texts.legend,
    attribution: texts.attribution,
    schematicNote: texts.schematicNote,
    scaleBar: chooseScaleBar(metresPerPx, 120),
    measure,
  });
  context.textBaseline = 'top';

  // Title
  const { title } = layout;
  panel(context, title);
  context.fillStyle = '#1f1b17';
  title.lines.forEach((line, i) => {
    context.font = font(title.fontPx, 700);
    context.fillText(line, title.x + 12, title.y + 8 + i * title.fontPx * 1.3);
  });
  if (title.subtitle) {
    context.font = font(title.subtitleFontPx);
    context.fillStyle = '#5c544c';
    context.fillText(title.subtitle, title.x + 12, title.y + 8 + title.lines.length * title.fontPx * 1.3 + 2);
  }

  // North arrow
  const arrow = layout.northArrow;
  const cx = arrow.x + arrow.width / 2;
  const cy = arrow.y + arrow.width / 2;
  const r = arrow.width / 2;
  context.save();
  context.fillStyle = 'rgba(255, 255, 255, 0.9)';
  context.strokeStyle = 'rgba(0, 0, 0, 0.3)';
  context.beginPath();
  context.arc(cx, cy, r, 0, Math.PI * 2);
  context.fill();
  context.stroke();
  context.translate(cx, cy);
  context.rotate(northArrowRotation(bearing));
  context.beginPath();
  context.moveTo(0, -r * 0.78);
  context.lineTo(r * 0.32, r * 0.45);
  context.lineTo(0, r * 0.22);
  context.closePath();
  context.fillStyle = '#1f1b17';
  context.fill();
  context.beginPath();
  context.moveTo(0, -r * 0.78);
  context.lineTo(-r * 0.32, r * 0.45);
  context.lineTo(0, r * 0.22);
  context.closePath();
  context.fillStyle = '#ffffff';
  context.fill();
  context.strokeStyle = '#1f1b17';
  context.stroke();
  context.restore();
  context.font = font(12, 700);
  context.fillStyle = '#1f1b17';
  context.textAlign = 'center';
  context.fillText(texts.north, cx, arrow.y + arrow.width + 1);
  context.textAlign = 'left';

  // Legend
  const { legend } = layout;
  if (legend.layout.rows.length > 0) {
    panel(context, legend);
    context.font = font(13, 700);
    context.fillStyle = '#1f1b17';
    context.fillText(texts.legendTitle, legend.x + 8, legend.y + 6);
    context.font = font(12);
    for (const row of legend.layout.rows) {
      const x = legend.x + row.x;
      const y = legend.y + row.y;
      drawSwatch(context, row.entry, x, y + 2, 14, 12);
      context.fillStyle = '#1f1b17';
      context.fillText(row.entry.label, x + 20, y + 1);
    }
  }

  // Scale bar
  const bar = layout.scaleBar;
  const scale = chooseScaleBar(metresPerPx, 120);
  if (bar && scale) {
    panel(context, bar, 0.85);
    const x0 = bar.x + 8;
    const y0 = bar.y + 20;
    const segment = scale.widthPx / scale.segments;
    for (let i = 0; i < scale.segments; i++) {
      context.fillStyle = i % 2 === 0 ? '#1f1b17' : '#ffffff';
      context.fillRect(x0 + i * segment, y0, segment, 6);
    }
    context.strokeStyle = '#1f1b17';
    context.lineWidth = 1;
    context.strokeRect(x0, y0, scale.widthPx, 6);
    context.font = font(11);
    context.fillStyle = '#1f1b17';
    context.fillText('0', x0 - 3, bar.y + 5);
    context.textAlign = 'right';
    context.fillText(scale.label, x0 + scale.widthPx + 4, bar.y + 5);
    context.textAlign = 'left';
  }

  // Attribution
  const { attribution } = layout;
  panel(context, attribution, 0.8);
  context.font = font(attribution.fontPx);
  context.fillStyle = '#3d3630';
  attribution.lines.forEach((line, i) =>
    context.fillText(line, attribution.x + 4, attribution.y + 3 + i * attribution.fontPx * 1.3),
  );

  // Schematic note
  if (layout.note) {
    const { note } = layout;
    context.fillStyle = '#8a2be2';
    context.beginPath();
    context.roundRect(note.x, note.y, note.width, note.height, 4);
    context.fill();
    context.font = font(note.fontPx);
    context.fillStyle = '#ffffff';
    context.fillText(note.text, note.x + 10, note.y + 6);
  }
  return layout;
}

function drawSwatch(context: CanvasRenderingContext2D, entry: LegendEntry, x: number, y: number, w: number, h: number) {
  context.save();
  context.globalAlpha = entry.strokeOpacity ?? 1;
  if (entry.shape === 'line') {
    context.strokeStyle = entry.color;
    context.lineWidth = 4;
    context.lineCap = 'round';
    context.beginPath();
    context.moveTo(x + 1, y + h / 2);
    context.lineTo(x + w - 1, y + h / 2);
    context.stroke();
  } else if (entry.shape === 'point') {
    context.fillStyle = entry.color;
    context.strokeStyle = '#ffffff';
    context.lineWidth = 1.5;
    context.beginPath();
    context.arc(x + w / 2, y + h / 2, h / 2 - 0.5, 0, Math.PI * 2);
    context.fill();
    context.stroke();
  } else {
    context.globalAlpha = entry.fillOpacity ?? 0.4;
    context.fillStyle = entry.color;
    context.fillRect(x, y, w, h);
    context.globalAlpha = entry.strokeOpacity ?? 1;
    context.strokeStyle = entry.color;
    context.lineWidth = 1.5;
    context.strokeRect(x + 0.75, y + 0.75, w - 1.5, h - 1.5);
  }
  context.restore();
}
