/**
 * The site-check report's shape: one row per parcel (area, zone shares, protection hits, scopes, districts,
 * nearest station / expressway / hub, verdict) and the totals. Types only; every report module and the UI
 * (src/features/sitecheck) read them from here.
 */
import type { District, Scope, Zone } from '../../schema';
import type { ProjectHit } from './projects';

export interface Near {
  id: string;
  name: string;
  name_en: string;
  km: number;
}

export interface ProtectionHit {
  id: string;
  name: string;
  name_en: string;
  /** protected_area (十二地), mountain (四山), river (四水 corridor). */
  category: string;
  /** Area of the element inside the parcel (0 for point elements and for point/line parcels). */
  m2: number;
  /** Distance from the parcel to the element, km (0 when they overlap). */
  km: number;
  /** The element is drawn schematically: its overlap is stated rounded (src/geo/precision.ts). */
  schematic?: boolean;
  /** area = polygon overlap; corridor = river centre line + RIVER_CORRIDOR_M; point = element known only as a point. */
  basis: 'area' | 'corridor' | 'point';
}

/** A zone's part of a parcel; `schematic` when the zone polygons it comes from are drawn so (rule-drawn buffers). */
export interface ZoneShare {
  zone: Zone;
  m2: number;
  share: number;
  schematic?: boolean;
}

export interface ParcelReport {
  parcel_id: string;
  name: string;
  /** Ellipsoidal area, m²; 0 for points and lines. */
  area_m2: number;
  /** share = of the parcel, 0..1 (by length for lines, 1 for the zone a point lies in). Zones with nothing inside are left out. */
  zones: ZoneShare[];
  /** 十二地, 四山, river corridors. */
  protection: ProtectionHit[];
  scopes: Scope[];
  districts: District[];
  nearest: { station?: Near; expressway?: Near; hub?: Near };
  /** The plan's key projects the parcel is on or near (./projects.ts); absent in reports saved before. */
  projects?: ProjectHit[];
  /**
   * conflict = touches the ecology or farmland zone of an exact (official) zoning; caution = touches it only in
   * schematic zones (to be checked against the official 三区三线); urban = fully in the urban zone.
   */
  verdict: 'conflict' | 'caution' | 'urban' | 'other';
  /** true when a zone/element it touches is schematic (caveat). */
  schematic: boolean;
}

export interface SiteReport {
  rows: ParcelReport[];
  total: { area_m2: number; zones: ZoneShare[]; conflicts: number; cautions: number; urban: number };
}
