/**
 * The layer panel with the imported parcel layers on top: toggle, verdict legend, opacity, rename and remove,
 * like the plan's own layers (shown above them by src/ui/LayersTab.tsx).
 */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { DamagedLayer, LayerOpacity, OrphanLayers, RenameRemove, VerdictLegend } from './LayerControls';

export function ImportedLayers() {
  const { t } = useTranslation();
  const layers = useAppStore((s) => s.siteLayers);
  const patch = useAppStore((s) => s.patchSiteLayer);
  const orphans = useAppStore((s) => s.siteOrphans.length);
  if (layers.length === 0 && orphans === 0) return null;
  return (
    <fieldset className="layer-group sitecheck-layers">
      <legend>{t('sitecheck.layers')}</legend>
      <OrphanLayers />
      {layers.map((layer) => {
        const inputId = `sitecheck-layer-${layer.id}`;
        return (
          <div key={layer.id} className="layer-row" data-site-layer={layer.id}>
            <label htmlFor={inputId} className="layer-toggle">
              <input
                id={inputId}
                type="checkbox"
                checked={layer.visible}
                onChange={() => patch(layer.id, { visible: !layer.visible })}
              />
              <span className="layer-name">{layer.name}</span>
              <span className="layer-count">{t('sitecheck.parcels', { count: layer.shape.count })}</span>
            </label>
            <DamagedLayer layer={layer} />
            {layer.visible && (
              <div className="layer-details">
                <VerdictLegend layer={layer} label={`${layer.name} ${t('layers.legend')}`} />
                <LayerOpacity layer={layer} />
                <RenameRemove layer={layer} />
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
