import { useMemo } from 'react';
import { FOOTER_ACTIONS_ID } from '../ui/mapFooterSlot';
import { useTranslation } from 'react-i18next';
import { useVisibleFeatures } from '../state/derived';
import { useAppStore } from '../state/store';

/** The "示意图 / schematic" note (whenever a visible layer draws schematic features) and the data attribution. */
export function MapFooter() {
  const { t } = useTranslation();
  const visible = useAppStore((s) => s.visible);
  const features = useVisibleFeatures();
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
      {/* Folded to an ⓘ on every screen: open, the credits would take two lines of the map. */}
      <details className="attribution">
        <summary title={t('credits')}>
          <span aria-hidden="true">ⓘ</span>
          <span className="attribution-label">{t('credits')}</span>
        </summary>
        {t('attribution')}
      </details>
    </div>
  );
}
