/** Types of scripts/lib/gazetteer.mjs (plain ESM so `npm run geodata` needs no build step). */
import type { Feature, Geometry, Position } from 'geojson';

export const ROOT: string;
export const SOURCES: string;
export const PLACE_COLUMNS: string[];
export const PLACE_KINDS: string[];

export interface Place {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  county: string;
  lon: number;
  lat: number;
  datum_given: string;
  reference: string;
  licence: string;
  confidence: 'high' | 'medium' | 'low';
  note: string;
}

export interface GeometryRef {
  place?: string;
  spread?: string;
  slot?: number;
  km?: number;
  path?: (string | Position)[];
  paths?: (string | Position)[][];
  shape?: string;
  alignment?: string;
  via?: string[];
}

export interface BuiltFeature {
  file: string;
  feature: Feature<Geometry, Record<string, unknown> & { id: string; accuracy: string; district: string | string[] }>;
  ref: GeometryRef;
}

export function loadPlaces(root?: string): Map<string, Place>;
export function loadTables(root?: string): { table: string; file: string; layout: string; features: unknown[] }[];
export function spreadPosition(center: Position, slot: number, stepKm?: number): Position;
export function resolveGeometry(ref: GeometryRef, places: Map<string, Place>, root: string, at: string): Geometry;
export function placeIdsOf(ref: GeometryRef): string[];
export function formatCollection(layout: string, features: unknown[]): string;
export function buildPlan(root?: string): {
  files: Map<string, string>;
  features: BuiltFeature[];
  places: Map<string, Place>;
};
