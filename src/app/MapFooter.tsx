import { useMemo, useState } from 'react';
import { FOOTER_ACTIONS_ID } from '../ui/mapFooterSlot';
import { useTranslation } from 'react-i18next';
import { useVisibleFeatures } from '../state/derived';
import { useAppStore } from '../state/store';

/** The "示意图 / schematic" note (whenever a visible layer draws schematic features) and the data attribution. */
export function MapFooter() {
  const { t } = useTranslation();
  const visible = useAppStore((s) => s.visible);
  const features = useVisibleFeatures();
  // Open on wide screens; a one-line toggle on phones, so the credits don't cover the map.
  const [creditsOpen] = useState(() => window.matchMedia?.('(min-width: 641px)').matches ?? true);
  const schematicShown = useMemo(
    () => features.some((f) => f.properties.accuracy === 'schematic' && visible[f.properties.category]),
    [features, visible],
  );
  return (
    <div className="map-footer">
      <div className="map-footer-actions" id={FOOTER_ACTIONS_ID} />
      {schematicShown && (
        <p className="schematic-note" data-testid="schematic-note">
          {t('schematic.note')}
        </p>
      )}
      <details className="attribution" open={creditsOpen}>
        <summary>{t('credits')}</summary>
        {t('attribution')}
      </details>
    </div>
  );
}
