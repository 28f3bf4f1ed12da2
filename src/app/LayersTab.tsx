/**
 * The layers tab: imported parcel layers (site check) on top, then the plan's layers. The imported-layer rows
 * come with the site-check code, fetched only when there is an imported layer to show.
 */
import { useAppStore } from '../state/store';
import { LayerPanel } from '../features/explore/LayerPanel';
import { lazyComponent } from '../ui/lazy';

const ImportedLayers = lazyComponent(
  () => import('../features/sitecheck/ImportedLayers').then((m) => m.ImportedLayers),
  'panel',
);

export function LayersTab() {
  const hasImported = useAppStore((s) => s.siteLayers.length > 0);
  return (
    <>
      {hasImported && <ImportedLayers />}
      <LayerPanel />
    </>
  );
}
