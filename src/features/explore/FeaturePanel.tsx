import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { FeatureDetails } from '../../ui/FeatureDetails';

/** The selected feature's panel (its details: src/ui/FeatureDetails.tsx, shared with near me). */
export function FeaturePanel() {
  const { t } = useTranslation();
  const selectedId = useAppStore((s) => s.selectedId);
  const feature = useAppStore((s) => (s.selectedId ? s.data.byId.get(s.selectedId) : undefined));
  const select = useAppStore((s) => s.select);
  if (!selectedId || !feature) return null;
  return (
    <aside className="feature-panel panel" aria-label={t('feature.source')} data-feature={feature.properties.id}>
      <button type="button" className="close" onClick={() => select(null)} aria-label={t('feature.close')}>
        ×
      </button>
      <FeatureDetails feature={feature} />
    </aside>
  );
}
