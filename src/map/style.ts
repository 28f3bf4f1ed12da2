/**
 * The embedded basemap style: no tiles, no glyph server, no sprite. Everything is GeoJSON from geodata/, and
 * labels are drawn by MapLibre with a local font (no `glyphs` URL means every glyph is rendered locally).
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { LAYERS, LAYER_BY_ID } from '../catalog/layers';
import { PLAN_FILES, type PlanFile } from '../catalog/layerDefinition';
import type { Language } from '../i18n';
import {
  LABEL_FONT,
  catalogLabelLayers,
  catalogStyleLayers,
  labelField,
  labelSourceId,
  planSourceId,
  type LayerMetadata,
} from './catalogLayers';
import type { Category } from '../geo/vocabulary';
import { DISTRICT_SITES_CAPTION, DISTRICT_SITES_CLUSTER, DISTRICT_SITES_SOURCE } from './districtSites';

/** Each basemap source's data: a collection, or the URL of its file (fetched by MapLibre's worker). */
export type BasemapData = Record<'counties' | 'city' | 'neighbours' | 'rivers' | 'labels', FeatureCollection | string>;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export const SELECTION_SOURCE = 'selection';

/** The basemap rivers: the strongest blue of the water family, drawn above every area fill. */
export const RIVER_COLOR = '#3f8fd2';

export const BASEMAP_LAYER_IDS = {
  neighbours: ['neighbours-fill', 'neighbours-outline', 'neighbours-label'],
  counties: ['counties-outline', 'counties-label'],
  rivers: ['rivers-line-minor', 'rivers-line'],
} as const;

function basemapLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': '#eef0ec' } },
    { id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': '#e4e6e1' } },
    {
      id: 'neighbours-outline',
      type: 'line',
      source: 'neighbours',
      paint: { 'line-color': '#b9bcb4', 'line-width': 0.8 },
    },
    { id: 'city-fill', type: 'fill', source: 'city', paint: { 'fill-color': '#fbfaf6' } },
    // Named rivers wider than the unnamed streams. Two layers with zoom-only widths rather than one width that
    // depends on the feature too: that would need one more WebGL program, compiled at start-up (~0.2 s in software).
    ...[true, false].map((named): LayerSpecification => ({
      id: named ? 'rivers-line' : 'rivers-line-minor',
      type: 'line',
      source: 'rivers',
      filter: named ? ['has', 'name'] : ['!', ['has', 'name']],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': RIVER_COLOR,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, named ? 2 : 0.6, 12, 5],
      },
    })),
    {
      id: 'counties-outline',
      type: 'line',
      source: 'counties',
      paint: { 'line-color': '#8a7f74', 'line-width': 1, 'line-dasharray': [4, 2] },
    },
    {
      id: 'city-outline',
      type: 'line',
      source: 'city',
      paint: { 'line-color': '#6b5e53', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 2, 12, 3.5] },
    },
  ];
}

function basemapLabelLayers(language: Language): LayerSpecification[] {
  const name = labelField(language);
  const text = (size: number, color: string) => ({
    layout: {
      'text-field': name,
      'text-font': LABEL_FONT,
      'text-size': size,
      'text-max-width': 8,
    },
    paint: { 'text-color': color, 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
  });
  return [
    {
      id: 'neighbours-label',
      type: 'symbol',
      source: 'labels',
      filter: ['==', ['get', 'kind'], 'neighbour'],
      ...text(13, '#8d9189'),
    } as LayerSpecification,
    {
      id: 'counties-label',
      type: 'symbol',
      source: 'labels',
      filter: ['==', ['get', 'kind'], 'county'],
      // The nine districts are always named: the four core districts are small at the city view, where plan
      // symbols would otherwise push 石峰区 and 天元区 out. Drawn even where they overlap, a little smaller then.
      layout: {
        ...text(14, '#4a4038').layout,
        'text-allow-overlap': true,
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11.5, 9, 14],
        // Below zoom 10 the four core seats lie within ~30 px: each name stands on the side of its seat away
        // from the others (石峰 north-west, 荷塘 north-east, 天元 west, 芦淞 south-east), so none covers another;
        // 渌口's stands below its seat, clear of the merged marker of the core's unsited projects.
        'text-anchor': ['step', ['zoom'], CORE_DISTRICT_ANCHOR, 10, 'center'],
        'text-offset': ['step', ['zoom'], CORE_DISTRICT_OFFSET, 10, ['literal', [0, 0]]],
      },
      paint: text(14, '#4a4038').paint,
    } as LayerSpecification,
    {
      id: 'city-label',
      type: 'symbol',
      source: 'labels',
      minzoom: 8.5,
      filter: ['==', ['get', 'kind'], 'city'],
      ...text(16, '#2b231d'),
    } as LayerSpecification,
  ];
}

/** Where the core districts' names stand at the city view (see counties-label). */
const CORE_DISTRICT_ANCHOR: ExpressionSpecification = [
  'match',
  ['get', 'name'],
  '石峰区',
  'bottom-right',
  '荷塘区',
  'bottom-left',
  '天元区',
  'right',
  '芦淞区',
  'top-left',
  '渌口区',
  'top',
  'center',
];
const CORE_DISTRICT_OFFSET: ExpressionSpecification = [
  'match',
  ['get', 'name'],
  '石峰区',
  ['literal', [-0.2, -0.1]],
  '荷塘区',
  ['literal', [0.2, -0.1]],
  '天元区',
  ['literal', [-0.3, 0]],
  '芦淞区',
  ['literal', [0.2, 0.1]],
  '渌口区',
  ['literal', [0, 0.3]],
  ['literal', [0, 0]],
];

/** The per-district markers of sites whose location is not fixed (src/map/districtSites.ts). */
const districtSiteLayers = (): LayerSpecification[] => [
  {
    id: 'district-sites-circle',
    type: 'circle',
    source: DISTRICT_SITES_SOURCE,
    paint: {
      'circle-color': '#ffffff',
      'circle-opacity': 0.92,
      'circle-radius': ['interpolate', ['linear'], ['get', 'count'], 1, 9, 30, 17],
      'circle-stroke-color': '#e7298a',
      'circle-stroke-width': 2.5,
      // Below the district's name (the seat, where the county label stands).
      'circle-translate': [0, 24],
    },
  },
  {
    id: 'district-sites-label',
    type: 'symbol',
    source: DISTRICT_SITES_SOURCE,
    layout: {
      'text-field': ['to-string', ['get', 'count']],
      'text-font': LABEL_FONT,
      'text-size': 12,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#8a0f4f', 'text-translate': [0, 24] },
  },
  {
    id: 'district-sites-caption',
    type: 'symbol',
    source: DISTRICT_SITES_SOURCE,
    minzoom: 8.5,
    layout: {
      'text-field': DISTRICT_SITES_CAPTION as unknown as ExpressionSpecification,
      'text-font': LABEL_FONT,
      'text-size': 11,
      'text-anchor': 'top',
      'text-offset': [0, 1.4],
      'text-max-width': 12,
    },
    paint: { 'text-color': '#8a0f4f', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4, 'text-translate': [0, 24] },
  },
];

const selectionLayers: LayerSpecification[] = [
  {
    id: 'selection-fill',
    type: 'fill',
    source: SELECTION_SOURCE,
    filter: ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
    paint: { 'fill-color': '#ffd400', 'fill-opacity': 0.25 },
  },
  {
    id: 'selection-line',
    type: 'line',
    source: SELECTION_SOURCE,
    filter: ['!', ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false]],
    paint: { 'line-color': '#ffb000', 'line-width': 6, 'line-opacity': 0.8 },
  },
  {
    id: 'selection-circle',
    type: 'circle',
    source: SELECTION_SOURCE,
    filter: ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false],
    paint: {
      'circle-radius': 11,
      'circle-color': 'rgba(255, 212, 0, 0.35)',
      'circle-stroke-color': '#ff9f00',
      'circle-stroke-width': 3,
    },
  },
];

/**
 * An optional online raster basemap for deployments with internet, set at build time:
 *   VITE_ONLINE_BASEMAP_TILES="https://tile.example.org/{z}/{x}/{y}.png" VITE_ONLINE_BASEMAP_ATTRIBUTION="© …"
 * Off by default: without it, nothing is requested from outside.
 */
export interface OnlineBasemap {
  tiles: string;
  attribution: string;
}

export function onlineBasemapFromEnv(env: Record<string, string | undefined>): OnlineBasemap | undefined {
  const tiles = env.VITE_ONLINE_BASEMAP_TILES?.trim();
  if (!tiles || !/^https:\/\/.+\{z\}.+\{x\}.+\{y\}/.test(tiles)) return undefined;
  return { tiles, attribution: env.VITE_ONLINE_BASEMAP_ATTRIBUTION?.trim() ?? '' };
}

/** Each plan source's data: the URL of its file (fetched by MapLibre's worker), or a collection. */
export type PlanData = Partial<Record<PlanFile, FeatureCollection | string>>;

/**
 * The whole style. `visible` gives each catalog layer's visibility at start (missing = hidden): a hidden layer is
 * neither laid out nor drawn, so the first screen does only the work of the layers it shows.
 */
export function buildStyle(
  basemap: BasemapData,
  plan: PlanData,
  language: Language,
  online?: OnlineBasemap,
  visible: Partial<Record<Category, boolean>> = {},
): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {
    neighbours: { type: 'geojson', data: basemap.neighbours },
    city: { type: 'geojson', data: basemap.city },
    counties: { type: 'geojson', data: basemap.counties },
    rivers: { type: 'geojson', data: basemap.rivers },
    labels: { type: 'geojson', data: basemap.labels },
    [SELECTION_SOURCE]: { type: 'geojson', data: EMPTY },
    [DISTRICT_SITES_SOURCE]: { type: 'geojson', data: EMPTY, ...DISTRICT_SITES_CLUSTER } as SourceSpecification,
  };
  for (const file of PLAN_FILES) sources[planSourceId(file)] = { type: 'geojson', data: plan[file] ?? EMPTY };
  for (const layer of LAYERS) {
    if (layer.labelMinZoom !== undefined) sources[labelSourceId(layer.id)] = { type: 'geojson', data: EMPTY };
  }
  const base = basemapLayers();
  if (online) {
    sources.online = { type: 'raster', tiles: [online.tiles], tileSize: 256, attribution: online.attribution };
    // Above the background, below the city fill made translucent so the tiles show through.
    base.splice(1, 0, { id: 'online-basemap', type: 'raster', source: 'online', paint: { 'raster-opacity': 0.9 } });
    for (const layer of base) {
      if (layer.id === 'city-fill' || layer.id === 'neighbours-fill')
        layer.paint = { ...layer.paint, 'fill-opacity': 0.25 };
    }
  }
  const withVisibility = (layers: LayerSpecification[]) =>
    layers.map((layer): LayerSpecification => {
      const category = (layer.metadata as LayerMetadata)['zz:category'];
      return {
        ...layer,
        layout: { ...layer.layout, visibility: visible[category] ? 'visible' : 'none' },
      } as LayerSpecification;
    });
  const catalog = catalogStyleLayers();
  const isRiver = (l: LayerSpecification) => (BASEMAP_LAYER_IDS.rivers as readonly string[]).includes(l.id);
  const belowWater = (l: LayerSpecification) => {
    const group = LAYER_BY_ID.get((l.metadata as LayerMetadata)['zz:category'])?.group;
    return l.type === 'line' && (group === 'structure' || group === 'protection' || group === 'zoning');
  };
  return {
    version: 8,
    name: 'Zhuzhou Plan Map — embedded offline basemap',
    sources,
    // Water above every area fill and above the structure and protection lines (the 湘江 axis runs on the river's
    // centre line): the area fills first, then those lines, the rivers, then transport, parks, projects.
    layers: [
      ...base.filter((l) => !isRiver(l)),
      ...withVisibility(catalog.filter((l) => l.type === 'fill')),
      ...withVisibility(catalog.filter((l) => l.type !== 'fill' && belowWater(l))),
      ...base.filter(isRiver),
      ...withVisibility(catalog.filter((l) => l.type !== 'fill' && !belowWater(l))),
      ...districtSiteLayers(),
      ...selectionLayers,
      ...withVisibility(catalogLabelLayers(language)),
      ...basemapLabelLayers(language),
    ],
  };
}
