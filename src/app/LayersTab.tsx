/**
 * The layers tab: imported parcel layers (site check) on top, the "show my measurements" row when there are
 * saved measurements, then the plan's layers. The imported-layer rows
 * come with the site-check code, fetched only when there is an imported layer to show.
 */
import { LayerPanel } from '../features/explore';
import { ShowMeasurements } from '../features/planner';
import { ImportedLayers } from '../features/sitecheck';
import { useAppStore } from './store';

export function LayersTab() {
  const hasImported = useAppStore((s) => s.siteLayers.length > 0);
  return (
    <>
      {hasImported && <ImportedLayers />}
      <ShowMeasurements />
      <LayerPanel />
    </>
  );
}
