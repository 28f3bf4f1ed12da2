import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYER_GROUPS, LAYERS } from '../../catalog/layers';
import { swatchKind } from '../../catalog/layerDefinition';
import { loc } from '../../i18n';
import { groupByCategory, useVisibleFeatures } from '../../state/derived';
import { useAppStore } from '../../state/store';
import { OpacitySlider } from '../../ui/OpacitySlider';
import { Swatch } from '../../ui/Swatch';

/** Layer groups with toggles, legend swatches that match the map, feature counts and per-layer opacity. */
export function LayerPanel() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const visible = useAppStore((s) => s.visible);
  const opacity = useAppStore((s) => s.opacity);
  const toggleLayer = useAppStore((s) => s.toggleLayer);
  const setLayerOpacity = useAppStore((s) => s.setLayerOpacity);
  const features = useVisibleFeatures();
  const counts = useMemo(() => groupByCategory(features), [features]);

  return (
    <div className="layer-panel">
      {LAYER_GROUPS.map((group) => (
        <fieldset key={group.id} className="layer-group">
          <legend>{loc(group.title, language)}</legend>
          {LAYERS.filter((layer) => layer.group === group.id).map((layer) => {
            const count = counts.get(layer.id)?.length ?? 0;
            const inputId = `layer-${layer.id}`;
            const title = loc(layer.title, language);
            const multiLegend = layer.legend.length > 1;
            return (
              <div key={layer.id} className="layer-row" data-layer={layer.id}>
                <label htmlFor={inputId} className="layer-toggle">
                  <input
                    id={inputId}
                    type="checkbox"
                    checked={visible[layer.id]}
                    onChange={() => toggleLayer(layer.id)}
                  />
                  {!multiLegend && <Swatch color={layer.color} kind={swatchKind(layer)} />}
                  <span className="layer-name">{title}</span>
                  <span className="layer-count">{t('layers.count', { count })}</span>
                </label>
                {visible[layer.id] && (
                  <div className="layer-details">
                    <ul className="legend" aria-label={`${title} ${t('layers.legend')}`}>
                      {layer.legend.map((item) => (
                        <li key={item.label.zh}>
                          {multiLegend && <Swatch color={item.color} kind={swatchKind(layer)} />}
                          {loc(item.label, language)}
                        </li>
                      ))}
                    </ul>
                    <OpacitySlider
                      title={title}
                      opacity={opacity[layer.id]}
                      onChange={(value) => setLayerOpacity(layer.id, value)}
                    />
                  </div>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
