/**
 * Turns the layer catalog into MapLibre sources and style layers. Pure: the same catalog entry always yields the
 * same layers, and every MapLibre layer records (in `metadata`) which catalog layer it draws and the base values
 * of its opacity properties, so the panel's opacity slider can scale them.
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from 'maplibre-gl';
import { LAYERS } from '../catalog/layers';
import { PAINT_OPACITY, type LayerDefinition, type PlanFile } from '../catalog/layerDefinition';
import type { Category } from '../geo/schema';
import type { Language } from '../i18n';

export const LABEL_FONT = ['Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei'];

/**
 * The source of one plan file (every layer whose features it holds draws from it, filtered by category): MapLibre
 * fetches the file itself, so the first screen needs no copy of the data on the main thread.
 */
export const planSourceId = (file: PlanFile) => `plan-${file}`;
/** The source of a layer's label points, one per feature (src/geo/labelPoints.ts); not `plan-…`: it holds no features. */
export const labelSourceId = (category: Category) => `labelpoints-${category}`;

export interface LayerMetadata {
  'zz:category': Category;
  /** paint property → its value at 100 % layer opacity */
  'zz:opacity': Record<string, number>;
}

const isPolygon: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const isLine: ExpressionSpecification = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];
const isPoint: ExpressionSpecification = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];
const isPlanned: ExpressionSpecification = ['match', ['get', 'status'], ['planned', 'proposed'], true, false];
const isSchematic: ExpressionSpecification = ['==', ['get', 'accuracy'], 'schematic'];
/** Sites known only as "in this district": drawn as one counted marker per district (districtSites.ts), not as dots. */
const isDistrictPlaced: ExpressionSpecification = ['==', ['get', 'placement'], 'district'];

/** How schematic geometry looks: dotted and lighter, so a diagram never reads as a surveyed line. */
export const SCHEMATIC_STYLE = { dash: [0.8, 1.6], lineOpacity: 0.7, fillFactor: 0.55 } as const;

/** The colour expression: the base colour, or a match on the property the legend distinguishes. */
export function colorExpression(layer: LayerDefinition): DataDrivenPropertyValueSpecification<string> {
  const matched = layer.legend.filter((item) => item.match);
  if (matched.length === 0) return layer.color;
  const property = matched[0]!.match!.property;
  const pairs = matched.flatMap((item) => [item.match!.value, item.color]);
  return ['match', ['get', property], ...pairs, layer.color] as unknown as ExpressionSpecification;
}

function meta(category: Category, opacity: Record<string, number>): LayerMetadata {
  return { 'zz:category': category, 'zz:opacity': opacity };
}

export function labelField(language: Language): ExpressionSpecification {
  return language === 'en' ? ['coalesce', ['get', 'name_en'], ['get', 'name']] : ['get', 'name'];
}

/** All MapLibre layers of one catalog entry, bottom to top. */
export function styleLayersFor(layer: LayerDefinition): LayerSpecification[] {
  const source = planSourceId(layer.file);
  const ofLayer: ExpressionSpecification = ['==', ['get', 'category'], layer.id];
  const color = colorExpression(layer);
  const out: LayerSpecification[] = [];
  const fillOpacity = layer.fillOpacity ?? PAINT_OPACITY.fillDefault;

  // Fills: schematic areas lighter than the ones with real boundaries.
  for (const schematic of [false, true]) {
    const opacity = schematic ? fillOpacity * SCHEMATIC_STYLE.fillFactor : fillOpacity;
    out.push({
      id: `${layer.id}-fill${schematic ? '-schematic' : ''}`,
      type: 'fill',
      source,
      filter: ['all', ofLayer, isPolygon, schematic ? isSchematic : ['!', isSchematic]],
      metadata: meta(layer.id, { 'fill-opacity': opacity }),
      paint: { 'fill-color': color, 'fill-opacity': opacity },
    });
  }
  // Polygon outlines: solid for real boundaries, dashed for schematic shapes.
  for (const schematic of [false, true]) {
    out.push({
      id: `${layer.id}-outline${schematic ? '-schematic' : ''}`,
      type: 'line',
      source,
      filter: ['all', ofLayer, isPolygon, schematic ? isSchematic : ['!', isSchematic]],
      metadata: meta(layer.id, { 'line-opacity': PAINT_OPACITY.outline }),
      paint: {
        'line-color': color,
        'line-width': 1.2,
        'line-opacity': PAINT_OPACITY.outline,
        ...(schematic ? { 'line-dasharray': [3, 2] } : {}),
      },
    });
  }
  // Lines: solid when built or existing, dashed when planned or proposed (if the layer asks for it); schematic
  // lines (drawn from the plan's words only) dotted and lighter whatever their status.
  const lineWidth = layer.lineWidth ?? 2;
  const variants: ('solid' | 'planned' | 'schematic')[] = layer.dashPlanned
    ? ['solid', 'planned', 'schematic']
    : ['solid', 'schematic'];
  for (const variant of variants) {
    const exact: ExpressionSpecification = ['!', isSchematic];
    const filter =
      variant === 'schematic'
        ? ['all', ofLayer, isLine, isSchematic]
        : layer.dashPlanned
          ? ['all', ofLayer, isLine, exact, variant === 'planned' ? isPlanned : ['!', isPlanned]]
          : ['all', ofLayer, isLine, exact];
    const opacity = variant === 'schematic' ? SCHEMATIC_STYLE.lineOpacity : PAINT_OPACITY.line;
    out.push({
      id: `${layer.id}-line${variant === 'solid' ? '' : `-${variant}`}`,
      type: 'line',
      source,
      filter: filter as FilterSpecification,
      metadata: meta(layer.id, { 'line-opacity': opacity }),
      layout: { 'line-cap': variant === 'schematic' ? 'butt' : 'round', 'line-join': 'round' },
      paint: {
        'line-color': color,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, lineWidth * 0.7, 12, lineWidth * 1.6],
        'line-opacity': opacity,
        ...(variant === 'planned' ? { 'line-dasharray': [2, 1.5] } : {}),
        ...(variant === 'schematic' ? { 'line-dasharray': [...SCHEMATIC_STYLE.dash] } : {}),
      },
    });
  }
  const radius = layer.circleRadius ?? 5;
  out.push({
    id: `${layer.id}-circle`,
    type: 'circle',
    source,
    filter: ['all', ofLayer, isPoint, ['!', isDistrictPlaced]],
    metadata: meta(layer.id, { 'circle-opacity': PAINT_OPACITY.circle, 'circle-stroke-opacity': 1 }),
    paint: {
      'circle-color': color,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, radius * 0.7, 12, radius * 1.4],
      'circle-opacity': PAINT_OPACITY.circle,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.2,
      'circle-stroke-opacity': 1,
    },
  });
  return out;
}

const labelPaint = {
  'text-color': '#222222',
  'text-halo-color': '#ffffff',
  'text-halo-width': 1.4,
  'text-opacity': 1,
};

/**
 * A layer's two label layers, both drawn from its label points (one per feature): beside the dot for point
 * features (MapLibre tries four sides before giving up, so labels avoid each other), centred for lines and areas.
 */
export function labelLayersFor(layer: LayerDefinition, language: Language): LayerSpecification[] {
  if (layer.labelMinZoom === undefined) return [];
  const source = labelSourceId(layer.id);
  const common = {
    'text-field': labelField(language),
    'text-font': LABEL_FONT,
    'text-max-width': 9,
    'symbol-placement': 'point',
    'text-padding': 3,
  } as const;
  return [
    {
      id: `${layer.id}-label-area`,
      type: 'symbol',
      source,
      minzoom: layer.labelMinZoom,
      filter: ['!=', ['get', 'label_on'], 'point'],
      metadata: meta(layer.id, { 'text-opacity': 1 }),
      layout: { ...common, 'text-size': 11.5, 'text-anchor': 'center' },
      paint: { ...labelPaint, 'text-color': '#3a3530' },
    },
    {
      id: `${layer.id}-label`,
      type: 'symbol',
      source,
      minzoom: layer.labelMinZoom,
      filter: ['==', ['get', 'label_on'], 'point'],
      metadata: meta(layer.id, { 'text-opacity': 1 }),
      layout: {
        ...common,
        'text-size': 12,
        'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
        'text-radial-offset': 0.75,
        'text-justify': 'auto',
      },
      paint: labelPaint,
    },
  ];
}

/** Every catalog layer's style layers, ordered by the catalog's `order` (polygons low, points high). */
export function catalogStyleLayers(): LayerSpecification[] {
  return [...LAYERS].sort((a, b) => a.order - b.order).flatMap((layer) => styleLayersFor(layer));
}

/**
 * Every catalog layer's label layers, above all drawing. MapLibre places the topmost symbol layer first, so the
 * order is the labels' priority: point labels (hubs, parks, projects — by catalog order, high first) win over
 * the centred labels of lines and areas, which only show where they fit.
 */
export function catalogLabelLayers(language: Language): LayerSpecification[] {
  const sorted = [...LAYERS].sort((a, b) => a.order - b.order);
  const all = sorted.flatMap((layer) => labelLayersFor(layer, language));
  return [...all.filter((l) => l.id.endsWith('-label-area')), ...all.filter((l) => l.id.endsWith('-label'))];
}

/** The ids of the MapLibre layers that draw one catalog layer. */
export function styleLayerIds(category: Category, language: Language = 'zh'): string[] {
  const layer = LAYERS.find((l) => l.id === category);
  return layer ? [...styleLayersFor(layer), ...labelLayersFor(layer, language)].map((l) => l.id) : [];
}
