/**
 * The site-check report: each imported parcel held against the plan — its area, the planning zones and
 * protection elements inside it, its scopes and districts, the nearest railway station, expressway and hub,
 * and a verdict. Pure (runs in a Web Worker). This module runs the report over the parcels and totals it; the
 * parts live beside it:
 *
 * - ./area.ts — ellipsoidal areas (GRS80; turf alone overstates areas in Zhuzhou by ~0.16 %).
 * - ./planIndex.ts — the plan's spatial indexes (Flatbush), built once, so the work per parcel does not grow
 *   with the number of parcels; river corridors = 四水 centre lines buffered by RIVER_CORRIDOR_M.
 * - ./shape.ts — the parcel under test: overlaps (exact boundary-integral clip), sample positions for points
 *   and lines, distances.
 * - ./zones.ts — zone areas and shares, and the verdict; ./protection.ts — 四山, 四水, 十二地;
 *   ./places.ts — districts and scopes; ./nearest.ts — nearest station, expressway, hub.
 * - ./types.ts — the report's shape; ./rows.ts — its CSV and GeoJSON export.
 *
 * `schematic` = a zone or element the parcel touches is drawn schematically in the plan data (all zones of 图2
 * are).
 */
import type { Parcel } from '../types';
import { ZONES } from '../../schema';
import type { Zone } from '../../schema';
import { newScratch } from '../../stats';
import { nearestOf } from './nearest';
import { placesOf } from './places';
import type { PlanIndex, PlanIndexData } from './planIndex';
import { projectsOf } from './projects';
import { protectionOf } from './protection';
import { probeOf, type Scratch } from './shape';
import type { ParcelReport, SiteReport } from './types';
import { verdictOf, zonesOf } from './zones';

function reportOne(parcel: Parcel, index: PlanIndexData, work: Scratch): ParcelReport {
  const probe = probeOf(parcel, work);
  const zones = zonesOf(probe, index);
  const protection = protectionOf(probe, index);
  const { districts, scopes } = placesOf(probe, index);
  const nearest = nearestOf(probe.shape, index);
  const verdict = verdictOf(probe.shape, zones.zones);
  const projects = projectsOf(probe.shape, index.projects ?? []);
  return {
    parcel_id: parcel.properties.parcel_id,
    name: parcel.properties.name,
    area_m2: probe.areaM2,
    zones: zones.zones,
    protection: protection.protection,
    scopes,
    districts,
    nearest,
    projects,
    verdict,
    schematic: zones.schematic || protection.schematic,
  };
}

export function siteReport(parcels: Parcel[], index: PlanIndex, onProgress?: (fraction: number) => void): SiteReport {
  const data = index as PlanIndexData;
  const work = newScratch();
  const rows: ParcelReport[] = [];
  const step = Math.max(1, Math.floor(parcels.length / 100));
  for (let i = 0; i < parcels.length; i++) {
    rows.push(reportOne(parcels[i]!, data, work));
    if (onProgress && i % step === 0) onProgress(i / parcels.length);
  }
  onProgress?.(1);
  return withTotals(rows);
}

/**
 * The same report, computed in chunks of `chunk` parcels with `pause()` awaited between them, so that a worker
 * can answer other messages meanwhile (the map's tiles of the parcels being reported). Same result.
 */
export async function siteReportInChunks(
  parcels: Parcel[],
  index: PlanIndex,
  pause: () => Promise<void>,
  onProgress?: (fraction: number) => void,
  chunk = 2000,
): Promise<SiteReport> {
  const data = index as PlanIndexData;
  const work = newScratch();
  const rows: ParcelReport[] = [];
  for (let start = 0; start < parcels.length; start += chunk) {
    const end = Math.min(parcels.length, start + chunk);
    for (let i = start; i < end; i++) rows.push(reportOne(parcels[i]!, data, work));
    onProgress?.(end / parcels.length);
    if (end < parcels.length) await pause();
  }
  onProgress?.(1);
  return withTotals(rows);
}

function withTotals(rows: ParcelReport[]): SiteReport {
  let area = 0;
  const zoneTotals = new Map<Zone, number>();
  let conflicts = 0;
  let cautions = 0;
  let urban = 0;
  const schematicZones = new Set<Zone>();
  for (const row of rows) {
    area += row.area_m2;
    for (const z of row.zones) {
      zoneTotals.set(z.zone, (zoneTotals.get(z.zone) ?? 0) + z.m2);
      if (z.schematic) schematicZones.add(z.zone);
    }
    if (row.verdict === 'conflict') conflicts++;
    if (row.verdict === 'caution') cautions++;
    if (row.verdict === 'urban') urban++;
  }
  const zones = ZONES.filter((z) => (zoneTotals.get(z) ?? 0) > 0).map((zone) => ({
    zone,
    m2: zoneTotals.get(zone)!,
    share: area > 0 ? zoneTotals.get(zone)! / area : 0,
    ...(schematicZones.has(zone) ? { schematic: true } : {}),
  }));
  return { rows, total: { area_m2: area, zones, conflicts, cautions, urban } };
}
