/**
 * "显示我的测量" / "Show my measurements": whether the saved measurements are drawn outside measure mode. Off by
 * default (a measurement's label is not left over the browse map), remembered in local storage. Shown in the
 * measure panel under the list and, when there are measurements, as a row of the layers tab.
 */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';

export function ShowMeasurements({ note = false }: { note?: boolean }) {
  const { t } = useTranslation();
  const count = useAppStore((s) => s.measurements.length);
  const show = useAppStore((s) => s.showMeasurements);
  if (count === 0) return null;
  return (
    <div className="measure-show">
      <label>
        <input
          type="checkbox"
          checked={show}
          onChange={(event) => useAppStore.getState().setShowMeasurements(event.target.checked)}
        />{' '}
        {t('planner.measure.show', { count })}
      </label>
      {note && <p className="measure-note">{t('planner.measure.showNote')}</p>}
    </div>
  );
}
