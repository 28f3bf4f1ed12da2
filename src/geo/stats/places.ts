/**
 * Districts and plan scopes as areas (county polygons, alone or combined), and "what is here?" for a point:
 * planning zone, district and scopes.
 */
import { featureCollection } from '@turf/helpers';
import { union } from '@turf/union';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { District, Scope, Zone } from '../schema';
import { SCOPE_DISTRICTS, scopesOfDistrict } from '../scope';
import { polygonsOf, toFeature } from './geometry';
import { PreparedArea } from './prepared';
import type { StatsIndex, ZoneEntry } from './spatialIndex';

/** The county polygon of a district, or null when the boundary data lacks it. */
export function districtGeometry(index: StatsIndex, district: District): Polygon | MultiPolygon | null {
  return index.counties.find((c) => c.district === district)?.geometry ?? null;
}

/**
 * A scope's area: its districts' polygons (SCOPE_DISTRICTS) as one MultiPolygon. The county polygons come
 * from one dataset with shared internal borders, so they tile without overlap: the MultiPolygon's area is the
 * union's, and even–odd point tests count each shared border twice (no effect). Dissolving them with
 * turf.union gives the same figures but costs ~0.5 s; `dissolve: true` does it (for an outline without the
 * internal borders).
 */
export function scopeGeometry(
  index: StatsIndex,
  scope: Scope,
  options: { dissolve?: boolean } = {},
): Polygon | MultiPolygon | null {
  const key = options.dissolve ? `${scope}:dissolved` : scope;
  if (index.scopeUnions.has(key)) return index.scopeUnions.get(key) ?? null;
  const parts = index.counties.filter((c) => SCOPE_DISTRICTS[scope].includes(c.district)).map((c) => c.geometry);
  let geometry: Polygon | MultiPolygon | null = null;
  if (parts.length === 1) geometry = parts[0]!;
  else if (parts.length > 1 && options.dissolve) {
    geometry = union(featureCollection(parts.map(toFeature)))?.geometry ?? null;
  } else if (parts.length > 1) {
    geometry = { type: 'MultiPolygon', coordinates: parts.flatMap(polygonsOf) };
  }
  index.scopeUnions.set(key, geometry);
  return geometry;
}

// ── What is here? ───────────────────────────────────────────────────────────────────────────────────

export interface WhatIsHere {
  /** The planning zone at the point, or null outside the zone data. */
  zone: Zone | null;
  /** The zone polygon's feature id and name (a parcel, when the data has parcels). */
  zoneFeature: { id: string; name: string; name_en: string } | null;
  district: District | null;
  /** Scopes by district (SCOPE_DISTRICTS) and by the structure polygons that contain the point. */
  scopes: Scope[];
}

export function whatIsHere(index: StatsIndex, point: Position): WhatIsHere {
  const [x, y] = point as [number, number];
  let zoneEntry: ZoneEntry | null = null;
  for (const entry of index.zones) {
    const b = entry.bbox;
    if (x < b[0] || x > b[2] || y < b[1] || y > b[3]) continue;
    entry.prepared ??= new PreparedArea(entry.geometry);
    if (entry.prepared.contains(x, y)) {
      zoneEntry = entry;
      break;
    }
  }
  const county = index.counties.find((c) => c.prepared.contains(x, y)) ?? null;
  const scopes = new Set<Scope>(county ? scopesOfDistrict(county.district) : []);
  for (const entry of index.scopeAreas) if (entry.prepared.contains(x, y)) scopes.add(entry.scope);
  const p = zoneEntry?.feature.properties;
  return {
    zone: zoneEntry?.zone ?? null,
    zoneFeature: p ? { id: p.id, name: p.name, name_en: p.name_en } : null,
    district: county?.district ?? null,
    scopes: (['一核', '一圈', '一廊'] as const).filter((s) => scopes.has(s)),
  };
}
