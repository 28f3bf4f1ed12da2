/**
 * The presenter's logic: key mapping for keyboards and presentation clickers, chapter navigation, the `chapter=N`
 * link parameter, layer fades between chapters, camera flights and framing, and capturing the current view as a
 * new chapter. Pure (no DOM, MapLibre or React): the story UI and the unit tests both build on these functions.
 */
import { CATEGORIES, type Category } from '../../geo/vocabulary';
import type { Briefing, Camera, Chapter } from '../../data/briefingSchema';
import { DEFAULT_DURATION_MS } from '../../data/briefingFormat';
import { compactFilters, layerOpacity } from '../../data/briefing';
import type { FilterState } from '../../catalog/filter';

// ── keys and navigation ────────────────────────────────────────────────────────────────────────────────

export type NavAction = 'next' | 'prev' | 'first' | 'last' | `jump:${number}`;
export type StoryAction = NavAction | 'fullscreen' | 'blank' | 'exit' | 'reset-view';

/** The parts of a KeyboardEvent the mapping reads. */
export interface KeyLike {
  key: string;
  code?: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/**
 * Maps a key press to a story action, or null when story mode should leave the key alone.
 * Presentation clickers send PageDown/PageUp (some send →/← or '.' / 'b' for "blank"); the digit 0 means
 * chapter 10. Presses with Ctrl, Alt or Meta are the browser's (Ctrl+F, Alt+←) and map to null.
 */
export function keyToAction(event: KeyLike): StoryAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const { key } = event;
  const code = event.code ?? '';
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case ' ':
    case 'Spacebar':
      return event.shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
    case 'Esc':
      return 'exit';
    case '.':
      return 'blank';
  }
  const digit = /^[0-9]$/.test(key) ? key : event.shiftKey ? undefined : /^(?:Digit|Numpad)([0-9])$/.exec(code)?.[1];
  if (digit !== undefined) return `jump:${digit === '0' ? 10 : Number(digit)}`;
  const letter = key.length === 1 ? key.toLowerCase() : '';
  if (letter === 'f' || code === 'KeyF') return 'fullscreen';
  if (letter === 'b' || code === 'KeyB') return 'blank';
  if (letter === 'r' || code === 'KeyR') return 'reset-view';
  return null;
}

export function isNavAction(action: StoryAction): action is NavAction {
  return (
    action === 'next' || action === 'prev' || action === 'first' || action === 'last' || action.startsWith('jump:')
  );
}

/** Any number → a valid 0-based chapter index (NaN and fractions handled). A briefing has ≥ 1 chapter. */
export function clampChapter(index: number, count: number): number {
  if (count <= 0) return 0;
  if (!Number.isFinite(index)) return index === Infinity ? count - 1 : 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}

/**
 * The chapter a navigation action leads to (0-based), or null when it changes nothing: next on the last
 * chapter, prev on the first, or a number key beyond the last chapter.
 */
export function navigate(action: NavAction, index: number, count: number): number | null {
  const current = clampChapter(index, count);
  let target: number;
  if (action === 'next') target = current + 1;
  else if (action === 'prev') target = current - 1;
  else if (action === 'first') target = 0;
  else if (action === 'last') target = count - 1;
  else {
    const n = Number(action.slice('jump:'.length));
    if (!Number.isInteger(n) || n < 1 || n > count) return null;
    target = n - 1;
  }
  if (target < 0 || target >= count || target === current) return null;
  return target;
}

/**
 * Two-digit chapter numbers for briefings of more than 10 chapters: a digit followed within `windowMs` by
 * another forms one number ("1","2" → 12). A lone digit is final at once when no longer number could start
 * with it, so short briefings never wait.
 */
export interface DigitBuffer {
  digits: string;
  at: number;
}
export const DIGIT_WINDOW_MS = 700;

export function pressDigit(
  buffer: DigitBuffer | null,
  digit: string,
  now: number,
  count: number,
  windowMs = DIGIT_WINDOW_MS,
): { buffer: DigitBuffer | null; jump: number | null } {
  const pending = buffer && now - buffer.at <= windowMs ? buffer.digits : '';
  const digits = `${pending}${digit}`;
  const value = Number(digits);
  const canGrow = value > 0 && value * 10 <= count && digits.length < 2;
  if (canGrow) return { buffer: { digits, at: now }, jump: null };
  if (digits.length === 1) return { buffer: null, jump: digit === '0' ? 10 : value };
  return { buffer: null, jump: value };
}

/** The number a pending buffer stands for once its window has passed (a lone "1" = chapter 1). */
export function flushDigits(buffer: DigitBuffer | null): number | null {
  if (!buffer) return null;
  const value = Number(buffer.digits);
  return value === 0 ? 10 : value;
}

// ── URL ────────────────────────────────────────────────────────────────────────────────────────────────

export const CHAPTER_PARAM = 'chapter';

export type ChapterNotice = { kind: 'malformed'; raw: string } | { kind: 'out-of-range'; raw: string; count: number };

/**
 * `chapter=N` (1-based) → a 0-based index. Absent → null (not presenting). Malformed (abc, 0, 2.5, -1) →
 * the first chapter with a notice; beyond the last chapter → the last one with a notice.
 */
export function decodeChapterParam(
  raw: string | null | undefined,
  count: number,
): { index: number | null; notice?: ChapterNotice } {
  if (raw === null || raw === undefined) return { index: null };
  const text = raw.trim();
  if (!/^[0-9]{1,4}$/.test(text) || Number(text) < 1) return { index: 0, notice: { kind: 'malformed', raw } };
  const n = Number(text);
  if (n > count) return { index: clampChapter(count - 1, count), notice: { kind: 'out-of-range', raw, count } };
  return { index: n - 1 };
}

export function encodeChapterParam(index: number): string {
  return String(Math.max(0, Math.trunc(index)) + 1);
}

export interface LayerFade {
  id: Category;
  from: number;
  to: number;
}

/** The layers whose opacity changes between two chapters (null `from` = story start, all layers off). */
export function layerFades(from: Pick<Chapter, 'layers'> | null, to: Pick<Chapter, 'layers'>): LayerFade[] {
  return CATEGORIES.map((id) => ({ id, from: from ? layerOpacity(from, id) : 0, to: layerOpacity(to, id) })).filter(
    (fade) => fade.from !== fade.to,
  );
}

/** Smooth start and end for fades (cubic ease-in-out), t in 0..1. */
export function easeInOut(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

/** A layer's opacity `elapsed` ms into a fade of `duration` ms. */
export function fadeAt(fade: LayerFade, elapsed: number, duration: number): number {
  if (duration <= 0) return fade.to;
  return fade.from + (fade.to - fade.from) * easeInOut(elapsed / duration);
}

/** Camera options for a flight; with reduced motion the map jumps instead of flying. */
export function flightOptions(camera: Camera, reducedMotion: boolean) {
  return {
    center: camera.center,
    zoom: camera.zoom,
    bearing: camera.bearing,
    pitch: camera.pitch,
    duration: reducedMotion ? 0 : camera.duration,
    essential: false,
  };
}

/** How long layer fades take: the camera flight's length, bounded so a fade is seen but never drags. */
export function fadeDuration(camera: Camera, reducedMotion: boolean): number {
  if (reducedMotion) return 0;
  return Math.min(1500, Math.max(300, Math.round(camera.duration * 0.6)));
}

/** The map area chapters are framed for: a 1280×800 screen less the header and the chapter panel (CSS px). */
export const REFERENCE_VIEW = { width: 880, height: 740 };

/**
 * The zoom change that keeps a chapter's framing on a map area of another size: log2 of the size ratio, between
 * −3 (a phone's strip of map) and +1 (a projector in full screen), to 2 decimals.
 */
export function zoomOffsetFor(free: { width: number; height: number }): number {
  if (!(free.width > 0 && free.height > 0)) return 0;
  const ratio = Math.min(free.width / REFERENCE_VIEW.width, free.height / REFERENCE_VIEW.height);
  return Math.round(Math.min(1, Math.max(-3, Math.log2(ratio))) * 100) / 100;
}

/** A chapter camera framed for the current map area. */
export function framedCamera(camera: Camera, zoomOffset: number): Camera {
  return { ...camera, zoom: Math.min(22, Math.max(0, camera.zoom + zoomOffset)) };
}

/** True when the map has moved away from the chapter's camera (shows the "back to chapter view" button). */
export function isOffChapterView(
  chapter: Camera,
  view: { center: [number, number]; zoom: number; bearing: number; pitch: number },
): boolean {
  const metresPerDegree = 111_320;
  const dLon = (view.center[0] - chapter.center[0]) * Math.cos((chapter.center[1] * Math.PI) / 180);
  const dLat = view.center[1] - chapter.center[1];
  const movedMetres = Math.hypot(dLon, dLat) * metresPerDegree;
  // One CSS pixel at the chapter zoom is 78271.5 * cos(lat) / 2^zoom metres (MapLibre: 512-px world tiles).
  const metresPerPixel = (78_271.5 * Math.cos((chapter.center[1] * Math.PI) / 180)) / 2 ** chapter.zoom;
  const bearingDelta = Math.abs(((view.bearing - chapter.bearing + 540) % 360) - 180);
  return (
    movedMetres > metresPerPixel * 20 ||
    Math.abs(view.zoom - chapter.zoom) > 0.05 ||
    bearingDelta > 1 ||
    Math.abs(view.pitch - chapter.pitch) > 1
  );
}

// ── capture ────────────────────────────────────────────────────────────────────────────────────────────

/** What the app knows about the current view when the planner presses "add current view as chapter". */
export interface CaptureState {
  center: [number, number] | { lng: number; lat: number };
  zoom: number;
  bearing: number;
  pitch: number;
  /** Visible layers with their opacity (layers off may be omitted or given 0). */
  layers: Partial<Record<Category, number>>;
  filters?: Partial<FilterState>;
  highlight?: string[];
  /** Ids already used in the briefing, so the new chapter gets a fresh one. */
  existingIds?: readonly string[];
  /** 1-based number the chapter will have, for its provisional title. */
  number?: number;
}

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** Builds a chapter from the current camera, layers and filters; the planner writes the narration later. */
export function captureChapter(state: CaptureState): Chapter {
  const [lng, lat] = Array.isArray(state.center) ? state.center : [state.center.lng, state.center.lat];
  const existing = new Set(state.existingIds ?? []);
  let n = state.number ?? existing.size + 1;
  let id = `chapter-${n}`;
  while (existing.has(id)) id = `chapter-${++n}`;
  const number = state.number ?? n;
  const layers: Partial<Record<Category, number>> = {};
  for (const id of CATEGORIES) {
    const opacity = state.layers[id];
    if (opacity !== undefined && opacity > 0) layers[id] = round(Math.min(1, opacity), 2);
  }
  const bearing = round(((((state.bearing + 180) % 360) + 360) % 360) - 180, 1);
  const chapter: Chapter = {
    id,
    title: { zh: `新章节 ${number}`, en: `New chapter ${number}` },
    narration: { zh: '', en: '' },
    camera: {
      center: [round(lng, 5), round(lat, 5)],
      zoom: round(Math.min(22, Math.max(0, state.zoom)), 2),
      bearing: bearing === -180 ? 180 : bearing,
      pitch: round(Math.min(85, Math.max(0, state.pitch)), 1),
      duration: DEFAULT_DURATION_MS,
    },
    layers,
    highlight: [...new Set(state.highlight ?? [])],
    cites: [],
  };
  const filters = state.filters ? compactFilters(state.filters) : undefined;
  if (filters) chapter.filters = filters;
  return chapter;
}

/** A briefing with a chapter inserted after `afterIndex` (or appended); returns the new chapter's index. */
export function insertChapter(briefing: Briefing, chapter: Chapter, afterIndex?: number): [Briefing, number] {
  const at =
    afterIndex === undefined ? briefing.chapters.length : clampChapter(afterIndex, briefing.chapters.length) + 1;
  const chapters = [...briefing.chapters.slice(0, at), chapter, ...briefing.chapters.slice(at)];
  return [{ ...briefing, chapters }, at];
}

/** Formats elapsed presenting time for the notes window clock: 4:05, 1:02:09. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (v: number) => String(v).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
