/**
 * Pure helpers shared by the site-check worker and the UI: a layer's shape (count, extent, kind), a report's
 * summary, the table's row order (conflicts first, then by size) and paging. No DOM, no store.
 */
import type { Position } from 'geojson';
import type { ParcelReport, SiteReport } from '../../geo/parcels/report/types';
import type { Parcel } from '../../geo/parcels/types';
import type { BBox4, LayerShape, ParcelKind, ReportSummary } from './types';

/** Rows per page of the report table (only one page is in the DOM). */
export const PAGE_SIZE = 100;

function extend(box: BBox4, coordinates: unknown): void {
  const c = coordinates as Position | Position[];
  if (typeof c[0] === 'number') {
    const [x, y] = c as Position;
    if (x! < box[0]) box[0] = x!;
    if (y! < box[1]) box[1] = y!;
    if (x! > box[2]) box[2] = x!;
    if (y! > box[3]) box[3] = y!;
    return;
  }
  for (const inner of c as unknown[]) extend(box, inner);
}

const emptyBox = (): BBox4 => [Infinity, Infinity, -Infinity, -Infinity];
const finished = (box: BBox4): BBox4 | null => (box[0] <= box[2] ? box : null);

/** The WGS84 extent of one geometry (null when it has no coordinates). */
export function geometryBbox(geometry: Parcel['geometry']): BBox4 | null {
  const box = emptyBox();
  extend(box, geometry.coordinates);
  return finished(box);
}

/** Count, extent and drawing kind of a layer's parcels. */
export function layerShape(parcels: readonly Parcel[]): LayerShape {
  const box = emptyBox();
  let polygons = false;
  let points = false;
  for (const p of parcels) {
    extend(box, p.geometry.coordinates);
    const type = p.geometry.type;
    if (type === 'Polygon' || type === 'MultiPolygon') polygons = true;
    else if (type === 'Point') points = true;
  }
  const kind: ParcelKind = polygons ? 'fill' : points ? 'point' : 'line';
  return { count: parcels.length, bbox: finished(box), kind };
}

/** The totals and counts the main thread keeps of a report (the rows stay in the worker). */
export function reportSummary(report: SiteReport): ReportSummary {
  const verdicts = { conflict: 0, caution: 0, urban: 0, other: 0 };
  let schematic = false;
  for (const row of report.rows) {
    verdicts[row.verdict]++;
    if (row.schematic) schematic = true;
  }
  return { total: report.total, count: report.rows.length, schematic, verdicts };
}

const RANK: Record<ParcelReport['verdict'], number> = { conflict: 0, caution: 1, other: 2, urban: 3 };

/** The table's order as indices into `rows`: conflicts first, then the cautions, the other rows, urban last; larger first. */
export function sortedOrder(rows: readonly ParcelReport[]): Int32Array {
  const order = Int32Array.from(rows.keys());
  order.sort((a, b) => {
    const ra = rows[a]!;
    const rb = rows[b]!;
    return RANK[ra.verdict] - RANK[rb.verdict] || rb.area_m2 - ra.area_m2 || a - b;
  });
  return order;
}

/** position → row index, inverted: for each row index its position in the table (to find a clicked parcel). */
export function positions(order: Int32Array): Int32Array {
  const result = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) result[order[i]!] = i;
  return result;
}

/** The page a table position is on (0-based), and the number of pages of `count` rows. */
export const pageOf = (position: number, pageSize = PAGE_SIZE) => Math.floor(Math.max(0, position) / pageSize);
export const pageCount = (count: number, pageSize = PAGE_SIZE) => Math.max(1, Math.ceil(count / pageSize));
