/**
 * Overlay layers that answer a click themselves (the site check's parcels: a click selects the parcel and shows
 * its report row) mark it in their metadata; the plan's feature selection and "what is here?" then leave that
 * click alone, so one click does one thing.
 */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';

export const CLAIMS_CLICK = { 'zz:claims-click': true } as const;

export function clickClaimedByOverlay(map: MapLibreMap, point: { x: number; y: number }): boolean {
  const layers = map
    .getStyle()
    .layers.filter(
      (layer) =>
        (layer.metadata as Record<string, unknown> | undefined)?.['zz:claims-click'] === true &&
        map.getLayoutProperty(layer.id, 'visibility') !== 'none',
    )
    .map((layer) => layer.id);
  if (layers.length === 0) return false;
  const box: [PointLike, PointLike] = [
    [point.x - 3, point.y - 3],
    [point.x + 3, point.y + 3],
  ];
  return map.queryRenderedFeatures(box, { layers }).length > 0;
}
