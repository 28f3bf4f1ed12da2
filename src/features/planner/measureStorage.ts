/**
 * Measurements and unit choices kept in the browser's local storage, so they survive a reload. Pure parsing
 * and serialising (the storage object is passed in); anything malformed in storage is dropped, never thrown.
 */
import type { LineString, Polygon, Position } from 'geojson';
import { isAreaUnit, isLengthUnit, type AreaUnit, type LengthUnitChoice } from '../../geo/units';

export interface Measurement {
  /** The drawing tool's feature id. */
  id: string;
  kind: 'distance' | 'area';
  geometry: LineString | Polygon;
  /** 1, 2, 3 … per kind, for labels ("面积 2"). */
  n: number;
}

export interface UnitChoice {
  length: LengthUnitChoice;
  area: AreaUnit;
}

export const DEFAULT_UNITS: UnitChoice = { length: 'auto', area: 'mu' };
export const MEASUREMENTS_KEY = 'zhuzhou-plan-map.measurements.v1';
export const UNITS_KEY = 'zhuzhou-plan-map.units.v1';
/** Whether the saved measurements are drawn outside measure mode ("显示我的测量"; off unless turned on). */
export const SHOW_MEASUREMENTS_KEY = 'zhuzhou-plan-map.show-measurements.v1';
/** More than this many stored measurements are not kept (a runaway loop must not fill the storage). */
export const MAX_MEASUREMENTS = 200;
/** A stored measurement with more vertices than this is dropped (60,000 once blocked every load for ~49 s). */
export const MAX_VERTICES = 5000;
/** All stored measurements together: past this many vertices the rest are dropped. */
export const MAX_TOTAL_VERTICES = 50_000;

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) &&
  value.length >= 2 &&
  value.length <= 3 &&
  value.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
  Math.abs(value[0] as number) <= 180 &&
  Math.abs(value[1] as number) <= 90;

/** The number of vertices of a stored geometry's coordinates (without reading them), or Infinity when too many. */
function vertexCount(coordinates: unknown, kind: Measurement['kind']): number {
  if (!Array.isArray(coordinates)) return Infinity;
  if (kind === 'distance') return coordinates.length;
  let n = 0;
  for (const ring of coordinates.slice(0, 100)) {
    if (!Array.isArray(ring)) return Infinity;
    n += ring.length;
  }
  return coordinates.length > 100 ? Infinity : n;
}

function isGeometry(kind: Measurement['kind'], value: unknown): value is LineString | Polygon {
  const g = value as { type?: unknown; coordinates?: unknown };
  if (!g || typeof g !== 'object' || !Array.isArray(g.coordinates)) return false;
  if (kind === 'distance')
    return g.type === 'LineString' && g.coordinates.length >= 2 && g.coordinates.every(isPosition);
  return (
    g.type === 'Polygon' &&
    g.coordinates.length >= 1 &&
    g.coordinates.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition))
  );
}

/** Reads the stored measurements; [] for nothing, malformed JSON, or a storage that throws. */
export function parseMeasurements(text: string | null): Measurement[] {
  if (!text) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const out: Measurement[] = [];
  const ids = new Set<string>();
  let vertices = 0;
  for (const item of raw.slice(0, MAX_MEASUREMENTS)) {
    // Each entry on its own: null, a number or a broken entry is skipped, the valid ones kept.
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
    const m = item as Partial<Measurement>;
    if (typeof m.id !== 'string' || m.id.length === 0 || m.id.length > 64 || ids.has(m.id)) continue;
    if (m.kind !== 'distance' && m.kind !== 'area') continue;
    const count = vertexCount((m.geometry as { coordinates?: unknown } | undefined)?.coordinates, m.kind);
    if (count > MAX_VERTICES || vertices + count > MAX_TOTAL_VERTICES) continue;
    if (!isGeometry(m.kind, m.geometry)) continue;
    vertices += count;
    ids.add(m.id);
    out.push({
      id: m.id,
      kind: m.kind,
      geometry: { type: m.geometry.type, coordinates: m.geometry.coordinates } as LineString | Polygon,
      n: typeof m.n === 'number' && Number.isInteger(m.n) && m.n > 0 && m.n <= 100_000 ? m.n : out.length + 1,
    });
  }
  return out;
}

export function parseUnits(text: string | null): UnitChoice {
  try {
    const parsed = JSON.parse(text ?? '{}') as unknown;
    const raw = (parsed && typeof parsed === 'object' ? parsed : {}) as Partial<Record<keyof UnitChoice, unknown>>;
    return {
      length: raw.length === 'auto' || isLengthUnit(raw.length) ? raw.length : DEFAULT_UNITS.length,
      area: isAreaUnit(raw.area) ? raw.area : DEFAULT_UNITS.area,
    };
  } catch {
    return { ...DEFAULT_UNITS };
  }
}

/** The browser's local storage, or null where it is unavailable (private modes, tests). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function read(storage: StorageLike | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: StorageLike | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Full or forbidden storage: the measurements still work for this session.
  }
}

export function loadMeasurements(storage = browserStorage()): Measurement[] {
  try {
    return parseMeasurements(read(storage, MEASUREMENTS_KEY));
  } catch {
    return []; // never a reason not to start
  }
}
export const saveMeasurements = (measurements: Measurement[], storage = browserStorage()) =>
  write(storage, MEASUREMENTS_KEY, JSON.stringify(measurements.slice(0, MAX_MEASUREMENTS)));
export const loadUnits = (storage = browserStorage()) => parseUnits(read(storage, UNITS_KEY));
export const saveUnits = (units: UnitChoice, storage = browserStorage()) =>
  write(storage, UNITS_KEY, JSON.stringify(units));

/** Only the exact text "true" turns it on: anything else (absent, junk, forbidden storage) is off. */
export const loadShowMeasurements = (storage = browserStorage()) => read(storage, SHOW_MEASUREMENTS_KEY) === 'true';
export const saveShowMeasurements = (show: boolean, storage = browserStorage()) =>
  write(storage, SHOW_MEASUREMENTS_KEY, String(show));

/** The measurements as a GeoJSON FeatureCollection, with their measured values in the properties. */
export function measurementsToGeoJson(
  measurements: Measurement[],
  measure: (m: Measurement) => { metres?: number; squareMetres?: number; error?: string },
): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    name: 'zhuzhou-plan-map-measurements',
    features: measurements.map((m) => {
      const value = measure(m);
      return {
        type: 'Feature',
        id: m.id,
        properties: {
          kind: m.kind,
          n: m.n,
          ...(value.metres !== undefined ? { length_m: Math.round(value.metres * 100) / 100 } : {}),
          ...(value.squareMetres !== undefined
            ? {
                area_m2: Math.round(value.squareMetres * 100) / 100,
                area_mu: Math.round((value.squareMetres / (2000 / 3)) * 100) / 100,
              }
            : {}),
          ...(value.error ? { error: value.error } : {}),
        },
        geometry: m.geometry,
      };
    }),
  });
}

/** Forgets the stored measurements and units (the error boundary's "clear this feature's stored data"). */
export function clearStoredMeasurements(storage = browserStorage()): void {
  try {
    storage?.setItem(MEASUREMENTS_KEY, '[]');
    storage?.setItem(UNITS_KEY, JSON.stringify(DEFAULT_UNITS));
    storage?.setItem(SHOW_MEASUREMENTS_KEY, 'false');
  } catch {
    // forbidden storage: nothing was stored either
  }
}
