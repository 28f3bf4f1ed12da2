/**
 * The list alternative to the map: the same features the map shows (visible layers, after the filters), grouped
 * by layer, each a button that opens its details and frames it on the map. Usable with a keyboard or a screen
 * reader without touching the map.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bbox } from '@turf/bbox';
import { LAYERS } from '../../catalog/layers';
import { swatchKind } from '../../catalog/layerDefinition';
import type { PlanFeature } from '../../geo/schema';
import { loc } from '../../i18n';
import { groupByCategory, useVisibleFeatures } from '../../state/derived';
import { useAppStore } from '../../state/store';
import { districtLabel } from '../../ui/labels';
import { Swatch } from '../../ui/Swatch';
import './featureList.css';

export function FeatureList() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const visible = useAppStore((s) => s.visible);
  const selectedId = useAppStore((s) => s.selectedId);
  const features = useVisibleFeatures();
  const groups = useMemo(() => {
    const byCategory = groupByCategory(features);
    const name = (f: PlanFeature) => (language === 'en' ? f.properties.name_en : f.properties.name);
    return [...LAYERS]
      .sort((a, b) => b.order - a.order)
      .filter((layer) => visible[layer.id] && (byCategory.get(layer.id)?.length ?? 0) > 0)
      .map((layer) => ({
        layer,
        items: [...byCategory.get(layer.id)!].sort((a, b) => name(a).localeCompare(name(b), language)),
      }));
  }, [features, visible, language]);

  const open = (feature: PlanFeature) => {
    const store = useAppStore.getState();
    store.select(feature.properties.id);
    const [w, s, e, n] = bbox(feature);
    store.requestBounds(
      [
        [w, s],
        [e, n],
      ],
      window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : 600,
    );
  };

  return (
    <div className="feature-list">
      <h2 className="feature-list-title">{t('nearby.featureList.title')}</h2>
      <p className="feature-list-intro">{t('nearby.featureList.intro')}</p>
      {groups.length === 0 && <p>{t('nearby.featureList.empty')}</p>}
      {groups.map(({ layer, items }) => {
        const headingId = `feature-list-${layer.id}`;
        return (
          <section key={layer.id} aria-labelledby={headingId} data-layer={layer.id}>
            <h3 id={headingId}>
              <Swatch color={layer.color} kind={swatchKind(layer)} />
              {loc(layer.title, language)}{' '}
              <span className="feature-list-count">{t('nearby.featureList.count', { count: items.length })}</span>
            </h3>
            <ul>
              {items.map((feature) => {
                const p = feature.properties;
                return (
                  <li key={p.id}>
                    <button
                      type="button"
                      data-id={p.id}
                      aria-current={p.id === selectedId ? 'true' : undefined}
                      onClick={() => open(feature)}
                    >
                      <span className="feature-list-name">{language === 'en' ? p.name_en : p.name}</span>
                      <span className="feature-list-meta">
                        {[districtLabel(p.district, language), p.status ? t(`status.${p.status}`) : null, p.year]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
