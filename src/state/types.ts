/** Shared state types. The store is composed of slices (src/state/slices); each slice owns its part. */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Category, District, PlanFeature, Scope } from '../geo/schema';
import type { Language } from '../i18n';

export interface Camera {
  center: [number, number]; // [lon, lat] WGS84
  zoom: number;
  bearing: number;
  pitch: number;
}

/** A request for the map to move; MapView carries it out and then reports the camera back. */
export interface CameraRequest {
  camera: Partial<Camera>;
  /** ms; 0 = jump. */
  duration: number;
  /** Fit these bounds [[west, south], [east, north]] instead of centre/zoom. */
  bounds?: [[number, number], [number, number]];
  seq: number;
}

export type Mode = 'explore' | 'measure' | 'nearby' | 'story';

export interface Notice {
  id: number;
  /** i18n key and its values, so the notice re-renders in the current language. */
  key: string;
  values?: Record<string, string | number>;
  level: 'info' | 'warning' | 'error';
}

export interface DataState {
  status: 'loading' | 'ready' | 'error';
  features: PlanFeature[];
  byId: Map<string, PlanFeature>;
  /** Files that failed to load or validate, with a readable reason. */
  problems: { file: string; reason: string }[];
}

/**
 * What the statistics panel describes: a drawn polygon, a district, a plan scope, or a polygon another feature
 * supplies with its own title (e.g. an imported parcel layer, src/features/sitecheck).
 */
export type StatsSubject =
  | { kind: 'measurement'; id: string }
  | { kind: 'district'; district: District }
  | { kind: 'scope'; scope: Scope }
  | { kind: 'polygon'; id: string; title: { zh: string; en: string }; geometry: Polygon | MultiPolygon };

export type LayerVisibility = Record<Category, boolean>;
export type LayerOpacity = Record<Category, number>;

export type { Language };
