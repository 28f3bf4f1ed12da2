/**
 * Place search for the nearby mode: "where is the point?" from a typed name or pasted coordinates.
 *
 * Reuses the planner's feature search (src/data/search.ts: names, aliases, English names, pinyin, initials,
 * fuzzy) and widens it to places that are not plan features: the nine districts / counties (their seats, from
 * geodata/basemap/counties.geojson) and the basemap's place labels inside Zhuzhou. A coordinate pair
 * ("113.134,27.828", "27.828, 113.134 高德") becomes a place too; when the text does not say its datum, one
 * choice per datum is offered (GPS / WGS84, 高德·腾讯 GCJ-02, 百度 BD-09), each converted to WGS84.
 *
 * Pure (no DOM, no React).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { parseCoordinateText, round5, toWgs84, type Datum } from '../../geo/datum';
import type { Category, PlanFeature } from '../../geo/schema';
import { representativePoint } from '../../geo/validate';
import type { Gazetteer, GazetteerPlace } from '../../data/gazetteer';
import {
  buildSearchIndex,
  normalizeQuery,
  pinyinFromSyllables,
  search,
  type Searchable,
  type SearchIndex,
} from '../../data/search';

export type PlaceKind = 'feature' | 'district' | 'township' | 'village' | 'label' | 'coordinates';

export interface Place {
  /** Stable key for lists: the feature id, `district:<name>`, `label:<name>` or `coords:<datum>`. */
  key: string;
  kind: PlaceKind;
  name: string;
  name_en: string;
  /** WGS84 [lon, lat]. */
  point: [number, number];
  /** The plan feature's category, for feature places. */
  category?: Category;
  /** The datum the typed coordinates were read in, for coordinate places. */
  datum?: Datum;
  /** Where a township or village lies ("龙门镇 · 攸县"), to tell places of the same name apart. */
  within?: string;
  feature?: PlanFeature;
}

/** Search entries for non-feature places are PlanFeature-shaped so the planner's index can hold them. */
type PlaceEntry = Searchable & { place?: Place };

export interface PlaceIndex {
  index: SearchIndex<PlaceEntry>;
}

const placeEntry = (place: Place, aliases: string[] = []): PlaceEntry => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: place.point },
  properties: {
    id: place.key.replace(/[^a-z0-9_-]/g, '-'),
    name: place.name,
    name_en: place.name_en,
    aliases,
    category: 'town',
    district: [],
    source: { file: '001', section: '-', line: 1, quote: '--' },
    accuracy: 'approximate',
  },
  place,
});

/** Short forms people type for a district: 天元区 → 天元, 醴陵市 → 醴陵, 攸县 stays (one character left is too short). */
const shortName = (name: string): string | null => {
  const stem = name.replace(/(区|市|县)$/, '');
  return stem.length >= 2 && stem !== name ? stem : null;
};

interface BasemapFeatureProps {
  name?: string;
  name_en?: string;
  kind?: string;
  seat?: [number, number];
}

/** The name people use: "存联村村民委员会" → "存联村", "文化路社区居委会" → "文化路社区". */
export function shortVillageName(name: string): string {
  return name.replace(/(村民委员会|村委会|居民委员会|居委会|委员会)$/, '') || name;
}

const capitalised = (syllables: string) => syllables.charAt(0).toUpperCase() + syllables.slice(1);

/**
 * A romanised name for English lists from the gazetteer's pinyin: 存联村 "cun lian cun" → "Cunlian Cun", 文化路社区
 * → "Wenhualu Shequ" (the generic part written apart, as on road signs). Without pinyin, the Chinese name.
 */
function romanised(name: string, py: string | undefined): string {
  const syllables = py?.split(' ').filter(Boolean) ?? [];
  if (syllables.length === 0) return name;
  const generic = /(社区|街道|村|镇|乡)$/.exec(name)?.[1]?.length ?? 0;
  const cut =
    syllables.length === [...name].length && generic < syllables.length ? syllables.length - generic : syllables.length;
  return [syllables.slice(0, cut).join(''), syllables.slice(cut).join('')].filter(Boolean).map(capitalised).join(' ');
}

function gazetteerPlaces(rows: readonly GazetteerPlace[], kind: 'township' | 'village') {
  return rows.map((row) => {
    const short = kind === 'village' ? shortVillageName(row.name) : row.name;
    return gazetteerPlace(row, kind, short, romanised(short, row.py));
  });
}

function gazetteerPlace(
  row: GazetteerPlace,
  kind: 'township' | 'village',
  short: string,
  english: string,
): { place: Place; aliases: string[]; pinyin?: ReturnType<typeof pinyinFromSyllables>[] } {
  const within = kind === 'village' ? `${row.township ?? ''} · ${row.county}` : row.county;
  return {
    place: {
      key: `${kind}:${row.code}`,
      kind,
      name: short,
      name_en: english || short,
      point: round5([row.lon, row.lat]),
      within,
    },
    aliases: short === row.name ? [] : [row.name],
    pinyin: row.py === undefined ? undefined : [pinyinFromSyllables(row.py)],
  };
}

/**
 * Builds the index once per data load: every plan feature (towns, stations, parks, projects…), each district's
 * seat, the basemap labels that lie in Zhuzhou (kinds other than `neighbour`) and, once the gazetteer has arrived,
 * every township seat and village / community (centre points; two villages of one name are both kept, told apart
 * by their township).
 */
export function buildPlaceIndex(
  features: readonly PlanFeature[],
  counties?: FeatureCollection | null,
  labels?: FeatureCollection | null,
  gazetteer?: Gazetteer | null,
): PlaceIndex {
  const entries: PlaceEntry[] = [...features];
  const names = new Set(features.map((f) => normalizeQuery(f.properties.name)));
  const add = (place: Place, aliases: string[] = []) => {
    const normalized = normalizeQuery(place.name);
    if (names.has(normalized)) return; // a plan feature of that name wins
    names.add(normalized);
    entries.push(placeEntry(place, aliases));
  };
  for (const county of (counties?.features ?? []) as Feature<Geometry, BasemapFeatureProps>[]) {
    const { name, name_en, seat } = county.properties ?? {};
    if (!name) continue;
    const point = seat ?? (representativePoint(county) as [number, number]);
    const short = shortName(name);
    add(
      { key: `district:${name}`, kind: 'district', name, name_en: name_en ?? name, point: round5(point) },
      short ? [short] : [],
    );
  }
  for (const label of (labels?.features ?? []) as Feature<Geometry, BasemapFeatureProps>[]) {
    const { name, name_en, kind } = label.properties ?? {};
    if (!name || kind === 'neighbour' || label.geometry?.type !== 'Point') continue;
    const point = label.geometry.coordinates as [number, number];
    add({ key: `label:${name}`, kind: 'label', name, name_en: name_en ?? name, point: round5(point) });
  }
  for (const { place, aliases } of gazetteerPlaces(gazetteer?.townships ?? [], 'township')) add(place, aliases);
  for (const { place, aliases, pinyin } of gazetteerPlaces(gazetteer?.villages ?? [], 'village')) {
    // The gazetteer brings the pinyin of the short name; the official name (alias) is matched in characters only.
    entries.push({ ...placeEntry(place, aliases), pinyin });
  }
  return { index: buildSearchIndex(entries) };
}

const DATUM_NAMES: Record<Datum, { zh: string; en: string }> = {
  wgs84: { zh: 'GPS / WGS84', en: 'GPS / WGS84' },
  gcj02: { zh: '高德·腾讯 GCJ-02', en: 'AMap / Tencent GCJ-02' },
  bd09: { zh: '百度 BD-09', en: 'Baidu BD-09' },
};

/** The coordinate places for a typed pair: one per datum unless the text names one. */
function coordinatePlaces(query: string): Place[] {
  const parsed = parseCoordinateText(query);
  if (!parsed) return [];
  const datums: Datum[] = parsed.datum ? [parsed.datum] : ['wgs84', 'gcj02', 'bd09'];
  const [lon, lat] = parsed.point;
  const text = `${lon.toFixed(5)}, ${lat.toFixed(5)}`;
  return datums.map((datum) => ({
    key: `coords:${datum}`,
    kind: 'coordinates',
    name: `${text}（${DATUM_NAMES[datum].zh}）`,
    name_en: `${text} (${DATUM_NAMES[datum].en})`,
    point: round5(toWgs84(parsed.point, datum)),
    datum,
  }));
}

/** Places for a query, best first: coordinates when the text is a coordinate pair, otherwise named places. */
export function searchPlaces(placeIndex: PlaceIndex, query: string, limit = 8): Place[] {
  const coordinates = coordinatePlaces(query);
  if (coordinates.length > 0) return coordinates;
  return search(placeIndex.index, query, { limit }).map(({ feature }) => {
    if (feature.place) return feature.place;
    const p = feature.properties;
    return {
      key: p.id,
      kind: 'feature',
      name: p.name,
      name_en: p.name_en,
      point: round5(representativePoint(feature)),
      category: p.category,
      feature,
    } satisfies Place;
  });
}
