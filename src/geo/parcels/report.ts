/**
 * The site-check report (stub: implementation follows).
 */
import type { District, PlanFeature, Scope, Zone } from '../schema';
import type { Parcel } from './types';

/** Opaque: spatial indexes over zones, protection elements, districts, scopes, stations, expressways, hubs. */
export interface PlanIndex {
  readonly kind: 'plan-index';
}

export interface Near {
  id: string;
  name: string;
  name_en: string;
  km: number;
}

export interface ParcelReport {
  parcel_id: string;
  name: string;
  /** 0 for points and lines. */
  area_m2: number;
  /** share = of the parcel, 0..1. */
  zones: { zone: Zone; m2: number; share: number }[];
  /** 十二地, 四山, river corridors. */
  protection: { id: string; name: string; name_en: string; category: string; m2: number }[];
  scopes: Scope[];
  districts: District[];
  nearest: { station?: Near; expressway?: Near; hub?: Near };
  /** conflict = touches the ecology or farmland zone; urban = fully in the urban zone. */
  verdict: 'conflict' | 'urban' | 'other';
  /** true when a zone/element it touches is schematic (caveat). */
  schematic: boolean;
}

export interface SiteReport {
  rows: ParcelReport[];
  total: { area_m2: number; zones: { zone: Zone; m2: number; share: number }[]; conflicts: number; urban: number };
}

const notImplemented = (): never => {
  throw new Error('not implemented');
};

export function buildPlanIndex(plan: PlanFeature[], counties: GeoJSON.FeatureCollection): PlanIndex {
  void plan;
  void counties;
  return notImplemented();
}

export function siteReport(parcels: Parcel[], index: PlanIndex, onProgress?: (fraction: number) => void): SiteReport {
  void parcels;
  void index;
  void onProgress;
  return notImplemented();
}

/** With 亩 and 公顷 columns. */
export function reportToCsv(report: SiteReport, lang: 'zh' | 'en'): string {
  void report;
  void lang;
  return notImplemented();
}

export function reportToGeoJSON(report: SiteReport, parcels: Parcel[]): GeoJSON.FeatureCollection {
  void report;
  void parcels;
  return notImplemented();
}
