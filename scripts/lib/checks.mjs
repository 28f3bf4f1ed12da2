// Checks the geodata build runs before it writes: source quotes on their seed lines, single-district points
// inside their district. Each returns a list of problems (empty = fine).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import { ROOT } from './gazetteer.mjs';
import { loadSeeds, seedsDir } from './coverage.mjs';

const squash = (s) => s.replace(/\s+/g, '');

/** Every source and more_sources quote must be on its seed line (skipped, with a warning, without the seeds). */
export function checkQuotes(built, dir = seedsDir()) {
  const seeds = loadSeeds(dir);
  if (!seeds) {
    console.warn(`seeds not found at ${dir}: source quotes not checked`);
    return [];
  }
  const lines = new Map(seeds.map((s) => [s.id, s.text.split('\n')]));
  const problems = [];
  for (const { feature, placement } of built) {
    const p = feature.properties;
    if (placement) {
      const text = lines.get(placement.seed)?.[placement.line - 1];
      if (text === undefined || !squash(text).includes(squash(placement.quote)))
        problems.push(
          `${p.id}: the placement quote "${placement.quote}" is not on ${placement.seed}:${placement.line}`,
        );
    }
    for (const s of [p.source, ...(p.more_sources ?? [])]) {
      const text = lines.get(s.file)?.[s.line - 1];
      if (text === undefined) problems.push(`${p.id}: seed ${s.file} has no line ${s.line}`);
      else if (!squash(text).includes(squash(s.quote)))
        problems.push(`${p.id}: "${s.quote}" is not on ${s.file}:${s.line}`);
    }
  }
  return problems;
}

export function loadCounties(root = ROOT) {
  const path = join(root, 'geodata/basemap/counties.geojson');
  if (!existsSync(path)) return null;
  return new Map(JSON.parse(readFileSync(path, 'utf8')).features.map((c) => [c.properties.name, c]));
}

/** Metres a position lies outside a county (0 inside). */
export function metresOutside(position, county) {
  if (booleanPointInPolygon(position, county)) return 0;
  return Math.abs(pointToPolygonDistance(position, county, { units: 'meters' }));
}

/** A point feature with one district must lie inside it (500 m tolerance: open boundaries are good to ~100s of m). */
export function checkDistricts(built, counties = loadCounties()) {
  if (!counties) {
    console.warn('geodata/basemap/counties.geojson not found: districts not checked');
    return [];
  }
  const problems = [];
  for (const { feature } of built) {
    const { id, district } = feature.properties;
    if (typeof district !== 'string' || feature.geometry.type !== 'Point') continue;
    const off = metresOutside(feature.geometry.coordinates, counties.get(district));
    if (off > 500) problems.push(`${id}: ${Math.round(off)} m outside ${district}`);
  }
  return problems;
}
