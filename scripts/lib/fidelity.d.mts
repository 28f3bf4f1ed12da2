/** Types of scripts/lib/fidelity.mjs. */
import type { Geometry, Position } from 'geojson';
import type { Place } from './gazetteer.mjs';

export const LIMITS: {
  lineToPlaceKm: number;
  approximateVertexGapKm: number;
  duplicateMetres: number;
  districtToleranceM: number;
  stationToReferenceKm: number;
  anchoredToPointKm: number;
};
export const DIAGRAM_CATEGORIES: string[];
type Shares = { official: number; approximate: number; anchored: number; schematic: number; total: number };
export function baseName(name: string): string;
export function nameIndex(places: Map<string, Place>): Map<string, Place[]>;
export function lookupName(index: Map<string, Place[]>, name: string): Place[];
export function namesInNote(note?: string): string[];
export function kmToLine(position: Position, geometry: Geometry): number;
export function maxVertexGapKm(geometry: Geometry): number;

export interface Fidelity {
  total: number;
  byAccuracy: { official: number; approximate: number; anchored: number; schematic: number };
  places: number;
  duplicates: { a: string; b: string; name: string; metres: number }[];
  points: number;
  stackedPoints: number;
  stackedViolations: string[];
  coLocated: string[];
  onSeat: number;
  unreferenced: string[];
  lineGaps: { id: string; place: string; name: string; km: number }[];
  unresolved: { id: string; name: string }[];
  districtMisses: { id: string; district: string; metres: number }[];
  vertexGaps: { id: string; km: number }[];
  stations: { id: string; name: string; km: number | null }[];
  anchored: { id: string; place: string; confidence?: string; km: number }[];
  split: { diagram: Record<string, Shares>; locatable: Record<string, Shares> };
}
export function measure(root?: string): Fidelity;
