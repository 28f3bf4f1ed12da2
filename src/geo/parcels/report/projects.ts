/**
 * The plan's key projects (重点项目, new towns) a parcel overlaps or is near, honest to how exactly each project is
 * placed: a project drawn at an exact or approximate position gets a distance (or "inside" for an area it
 * overlaps); a schematic position (most of the plan's projects: a point put in the right district or town, not
 * on a site) gets only "示意位置附近" when within SCHEMATIC_NEAR_KM — never a metre figure it cannot back.
 * Pure; runs in the site-check worker beside ./nearest.ts.
 */
import type { PlanFeature } from '../../schema';
import { distanceToPointKm, type Shape } from './shape';

/** Project categories the report lists. */
const PROJECT_CATEGORIES = new Set(['project', 'new_town']);
/** A project placed approximately or exactly counts as near within this distance of the parcel. */
export const PROJECT_NEAR_KM = 1;
/** A schematic position is only good to a few kilometres: "near" within this, and no distance given. */
export const SCHEMATIC_NEAR_KM = 2;

export interface ProjectEntry {
  id: string;
  name: string;
  name_en: string;
  schematic: boolean;
  /** Positions standing for the project: its point, or the vertices of its line or outline. */
  points: [number, number][];
}

export interface ProjectHit {
  id: string;
  name: string;
  name_en: string;
  /** on = the parcel covers the project's (non-schematic) position; near = within PROJECT_NEAR_KM, km given;
   * schematic = a schematic position within SCHEMATIC_NEAR_KM: "示意位置附近", no distance. */
  relation: 'on' | 'near' | 'schematic';
  /** Distance in km (near only). */
  km?: number;
}

function positionsOf(geometry: PlanFeature['geometry']): [number, number][] {
  const out: [number, number][] = [];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push([c[0] as number, c[1] as number]);
    else if (Array.isArray(c)) c.forEach(visit);
  };
  if (geometry && 'coordinates' in geometry) visit(geometry.coordinates);
  return out;
}

/** The projects of the plan, once per plan index. */
export function projectEntries(plan: readonly PlanFeature[]): ProjectEntry[] {
  const entries: ProjectEntry[] = [];
  for (const f of plan) {
    const p = f.properties;
    if (!PROJECT_CATEGORIES.has(p.category)) continue;
    const points = positionsOf(f.geometry);
    if (points.length === 0) continue;
    entries.push({ id: p.id, name: p.name, name_en: p.name_en, schematic: p.accuracy === 'schematic', points });
  }
  return entries;
}

/** The projects a parcel is on or near, the surest first (on, near by distance, then schematic by name). */
export function projectsOf(shape: Shape, entries: readonly ProjectEntry[]): ProjectHit[] {
  const hits: ProjectHit[] = [];
  const [w, s, e, n] = shape.bbox;
  // Box pre-test: ~0.03° ≈ 3 km around the parcel.
  const pad = 0.03;
  for (const entry of entries) {
    let km = Infinity;
    for (const [x, y] of entry.points) {
      if (x < w - pad || x > e + pad || y < s - pad || y > n + pad) continue;
      km = Math.min(km, distanceToPointKm(shape, x, y));
    }
    if (entry.schematic) {
      if (km <= SCHEMATIC_NEAR_KM)
        hits.push({ id: entry.id, name: entry.name, name_en: entry.name_en, relation: 'schematic' });
    } else if (km === 0) hits.push({ id: entry.id, name: entry.name, name_en: entry.name_en, relation: 'on' });
    else if (km <= PROJECT_NEAR_KM)
      hits.push({ id: entry.id, name: entry.name, name_en: entry.name_en, relation: 'near', km });
  }
  const rank = { on: 0, near: 1, schematic: 2 } as const;
  return hits.sort(
    (a, b) => rank[a.relation] - rank[b.relation] || (a.km ?? 0) - (b.km ?? 0) || a.name.localeCompare(b.name, 'zh'),
  );
}

/** The hits as one line: "大坪渡口城中村改造（示意位置附近）；… " / "… (near its schematic position); …". */
export function projectsText(hits: readonly ProjectHit[], lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  return hits
    .map((h) => {
      const name = zh ? h.name : h.name_en;
      if (h.relation === 'on') return zh ? `${name}（地块内）` : `${name} (in the parcel)`;
      if (h.relation === 'near') return zh ? `${name}（${h.km!.toFixed(1)} 千米）` : `${name} (${h.km!.toFixed(1)} km)`;
      return zh ? `${name}（示意位置附近）` : `${name} (near its schematic position)`;
    })
    .join(zh ? '；' : '; ');
}
