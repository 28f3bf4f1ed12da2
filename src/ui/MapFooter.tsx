import { useMemo } from 'react';
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
      {schematicShown && (
        <p className="schematic-note" data-testid="schematic-note">
          {t('schematic.note')}
        </p>
      )}
      <p className="attribution">{t('attribution')}</p>
    </div>
  );
}
