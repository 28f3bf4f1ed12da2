import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { areasContaining } from '../../geo/nearby/areas';
import type { NearbyResult } from '../../geo/nearby/candidates';
import { formatDistanceDirection } from '../../geo/nearby/format';
import type { Category, PlanFeature } from '../../geo/schema';
import { representativePoint } from '../../geo/validate';
import { useAppStore } from '../../state/store';
import { FeatureDetails } from '../../ui/FeatureDetails';
import { termList } from '../../data/terms';

/** The plan-structure areas an item can lie in ("serves"): 一核, the growth poles, 一圈, 一廊, new towns. */
const STRUCTURE: ReadonlySet<Category> = new Set<Category>([
  'core_area',
  'growth_pole',
  'metro_circle',
  'corridor',
  'new_town',
]);

const SCOPE_EN: Record<string, string> = {
  一核: 'the core (一核)',
  一圈: 'the circle (一圈)',
  一廊: 'the corridor (一廊)',
};

/** An opened result: distance and direction from the point, the plan structure it serves, and its details. */
export function NearbyDetail({
  feature,
  measure,
  onBack,
}: {
  feature: PlanFeature;
  measure: Pick<NearbyResult, 'distanceM' | 'inside' | 'compass'> | null;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const allFeatures = useAppStore((s) => s.data.features);
  const container = useRef<HTMLDivElement>(null);
  const p = feature.properties;

  // Focus the details when they open, so keyboard and screen-reader users land on them.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    element.closest('.nearby-body')?.scrollTo({ top: 0 });
    element.focus({ preventScroll: true });
  }, [p.id]);

  const areas = useMemo(() => {
    const inside = areasContaining(allFeatures, representativePoint(feature), STRUCTURE);
    return inside
      .filter((area) => area.properties.id !== p.id)
      .map((area) => (language === 'en' ? area.properties.name_en : area.properties.name));
  }, [allFeatures, feature, p.id, language]);

  const scope = p.scope?.map((s) => (language === 'en' ? (SCOPE_EN[s] ?? s) : s)).join(language === 'en' ? ', ' : '、');

  return (
    <div
      className="nearby-detail"
      ref={container}
      tabIndex={-1}
      data-item={p.id}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onBack();
        }
      }}
    >
      <button type="button" className="nearby-back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t('nearby.back')}
      </button>
      {measure && (
        <p className="nearby-detail-distance">
          <span className="visually-hidden">{t('nearby.distance')}: </span>
          <strong>{formatDistanceDirection({ ...measure, accuracy: p.accuracy }, language)}</strong>
        </p>
      )}
      <FeatureDetails feature={feature} />
      {(scope || areas.length > 0 || (p.industries?.length ?? 0) > 0) && (
        <section className="nearby-serves" aria-labelledby="nearby-serves-title">
          <h3 id="nearby-serves-title">{t('nearby.servesTitle')}</h3>
          <ul>
            {scope && <li>{t('nearby.servesScope', { scope })}</li>}
            {areas.length > 0 && (
              <li>{t('nearby.servesArea', { areas: areas.join(language === 'en' ? ', ' : '、') })}</li>
            )}
            {p.industries && p.industries.length > 0 && (
              <li>{t('nearby.industries', { list: termList('industries', p.industries, language) })}</li>
            )}
          </ul>
        </section>
      )}
    </div>
  );
}
