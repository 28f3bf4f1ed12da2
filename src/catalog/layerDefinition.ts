/**
 * What a layer catalog entry is (groups, legend rows, geodata files, the layer definition), its legend swatch
 * kind, and the paint constants the map style, the exported legend and story mode share.
 */
import type { Category } from '../geo/schema';

export type LayerGroupId = 'structure' | 'protection' | 'zoning' | 'transport' | 'industry' | 'projects' | 'regional';

export interface Localized {
  zh: string;
  en: string;
}

export interface LayerGroup {
  id: LayerGroupId;
  title: Localized;
}

/** A legend row; `match` narrows it to features whose property equals a value (e.g. zone = 'urban'). */
export interface LegendItem {
  label: Localized;
  color: string;
  match?: { property: 'zone' | 'status' | 'kind'; value: string };
}

/** The files of geodata/plan/ (without `.geojson`); each layer's features live in exactly one of them. */
export const PLAN_FILES = [
  'structure',
  'protection',
  'zones',
  'railways',
  'roads',
  'water-air-hubs',
  'parks',
  'projects',
  'towns',
  'regional',
] as const;
export type PlanFile = (typeof PLAN_FILES)[number];

export interface LayerDefinition {
  id: Category;
  group: LayerGroupId;
  /** The geodata file that holds this layer's features: MapLibre's worker fetches it as the layer's source. */
  file: PlanFile;
  title: Localized;
  /** Base colour: fill, line and circle colours all derive from it unless the legend matches on a property. */
  color: string;
  /** Drawn under or over the others: polygons low, lines mid, points high. */
  order: number;
  visibleByDefault: boolean;
  /** Fill opacity for polygons (the panel's opacity slider multiplies it). */
  fillOpacity?: number;
  lineWidth?: number;
  /** Dashed line for planned / schematic linework. */
  dashPlanned?: boolean;
  circleRadius?: number;
  /** Show feature names as labels at this zoom and above. */
  labelMinZoom?: number;
  legend: LegendItem[];
  /** Properties this layer's features can be filtered by (the filter panel reads this). */
  filterFields: ('district' | 'status' | 'year' | 'industries' | 'scope' | 'accuracy' | 'zone' | 'kind' | 'level')[];
}

/** Opacities the map paints at 100 % layer opacity (the style and the exported legend both read these). */
export const PAINT_OPACITY = { fillDefault: 0.2, line: 0.95, outline: 0.9, circle: 0.95 } as const;

/** How a briefing chapter highlights its features on the map (story mode), and the legend row that says so. */
export const HIGHLIGHT = {
  color: '#ff6a00',
  fillOpacity: 0.18,
  label: { zh: '本章重点（高亮）', en: 'Highlighted in this chapter' },
} as const;

export type SwatchKind = 'fill' | 'line' | 'point';

/** How a layer mostly draws, for its legend swatch. */
export function swatchKind(layer: LayerDefinition): SwatchKind {
  if (layer.circleRadius !== undefined && layer.fillOpacity === undefined) return 'point';
  if (layer.fillOpacity !== undefined) return 'fill';
  return 'line';
}
