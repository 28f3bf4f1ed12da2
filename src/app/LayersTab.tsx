/**
 * The layers tab: imported parcel layers (site check) on top, the "show my measurements" row when there are
 * saved measurements, then the plan's layers, then the basemap choice (offline, or an online basemap the user
 * opts in to). The imported-layer rows
 * come with the site-check code, fetched only when there is an imported layer to show.
 */
import { BasemapPanel } from '../features/basemap';
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
      <BasemapPanel />
    </>
  );
}
