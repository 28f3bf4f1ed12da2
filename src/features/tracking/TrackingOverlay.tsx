/**
 * The tracking view on the map: the tracked features coloured by their status in the chosen year, and a box with
 * the year control, the legend with the count of each status, the one-line summary and the comparison of two
 * years (the map switches between them). Mounted while `tracking.year` is set (src/features/tracking/index.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LATEST_YEAR, PLAN_YEAR, TRACK_CLASSES, TRACK_YEARS } from '../../geo/history';
import { useMap } from '../../map/MapContext';
import { useAppStore } from '../../state/store';
import { useHistory } from '../../ui/useHistory';
import { countRows, trackRows } from './model';
import { DeliverySummary } from './Summary';
import { TRACK_COLORS, addTrackLayers, drawTrack, removeTrackLayers } from './trackMap';
import { Swipe } from './Swipe';
import { YearControl } from './YearControl';
import './tracking.css';

export function TrackingOverlay() {
  const { t } = useTranslation();
  const map = useMap();
  const history = useHistory();
  const byId = useAppStore((s) => s.data.byId);
  const { year, compare } = useAppStore((s) => s.tracking);
  const setYear = useAppStore((s) => s.setTrackingYear);
  const setCompare = useAppStore((s) => s.setTrackingCompare);
  const shown = year ?? LATEST_YEAR;
  const rows = useMemo(
    () => (history.status === 'ready' ? trackRows(history.file, byId, shown) : []),
    [history, byId, shown],
  );
  const counts = useMemo(() => countRows(rows), [rows]);
  const wide = useWide();
  const otherRows = useMemo(
    () => (history.status === 'ready' && compare !== null ? trackRows(history.file, byId, compare) : null),
    [history, byId, compare],
  );
  const swipe = useMemo(
    () =>
      wide && otherRows && compare !== null
        ? compare < shown
          ? { left: { rows: otherRows, year: compare }, right: { rows, year: shown } }
          : { left: { rows, year: shown }, right: { rows: otherRows, year: compare } }
        : null,
    [wide, otherRows, compare, rows, shown],
  );
  const listed = rows.filter((r) => r.listed && r.cls !== null);
  const opened = useRef(false);

  // Opened from a link: show the table too (once; on a desktop — on a phone the sheet would cover the map).
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    if (window.matchMedia?.('(min-width: 641px)').matches ?? true)
      window.dispatchEvent(new CustomEvent('zz:open-tab', { detail: 'tracking' }));
  }, []);

  // The map in the context has loaded its style (MapView hands it over on 'load'), so sources can be added now
  // (isStyleLoaded() is false while any source is still loading, which must not hold the drawing back).
  useEffect(() => {
    if (!map) return;
    addTrackLayers(map);
    return () => {
      if (map.getStyle()) removeTrackLayers(map);
    };
  }, [map]);

  useEffect(() => {
    if (!map || swipe) return; // the swipe draws both years itself
    addTrackLayers(map);
    drawTrack(map, rows, shown);
  }, [map, rows, shown, swipe]);

  return (
    <>
      {map && swipe && <Swipe map={map} left={swipe.left} right={swipe.right} />}
      <section className="tracking-box panel" aria-labelledby="tracking-box-title" data-year={shown}>
        <div className="tracking-box-head">
          <h2 id="tracking-box-title">{t('tracking.title')}</h2>
          <button type="button" className="tracking-close" onClick={() => setYear(null)} aria-label={t('tracking.off')}>
            ×
          </button>
        </div>
        <YearControl year={shown} onChange={setYear} />
        {history.status === 'loading' && <p role="status">{t('tracking.loading')}</p>}
        {history.status === 'error' && <p role="alert">{t('tracking.failed')}</p>}
        {history.status === 'ready' && (
          <>
            <ul className="tracking-legend" aria-label={t('tracking.legend', { year: shown })}>
              {TRACK_CLASSES.map((cls) => (
                <li key={cls} data-class={cls}>
                  <span
                    className={`tracking-swatch ${cls === 'no_news' ? 'hollow' : ''}`}
                    style={{
                      borderColor: TRACK_COLORS[cls],
                      background: cls === 'no_news' ? '#fff' : TRACK_COLORS[cls],
                    }}
                    aria-hidden="true"
                  />
                  <span>{t(`tracking.class.${cls}`)}</span>
                  <span className="tracking-count" data-testid={`track-count-${cls}`}>
                    {counts[cls]}
                  </span>
                </li>
              ))}
            </ul>
            <DeliverySummary year={shown} listed={listed.length} counts={counts} testId="track-summary" />
            <div className="tracking-compare">
              {compare === null ? (
                <button type="button" onClick={() => setCompare(shown === PLAN_YEAR ? LATEST_YEAR : PLAN_YEAR)}>
                  {t('tracking.compare')}
                </button>
              ) : (
                <>
                  {swipe ? (
                    <p className="tracking-sides" data-testid="track-sides">
                      {t('tracking.sides', { left: swipe.left.year, right: swipe.right.year })}
                    </p>
                  ) : (
                    <div role="radiogroup" aria-label={t('tracking.compareShow')} className="tracking-compare-years">
                      {[Math.min(shown, compare), Math.max(shown, compare)].map((y) => (
                        <button
                          key={y}
                          type="button"
                          role="radio"
                          aria-checked={y === shown}
                          onClick={() => {
                            if (y === shown) return;
                            setCompare(shown);
                            setYear(y);
                          }}
                        >
                          {y}
                        </button>
                      ))}
                    </div>
                  )}
                  <label>
                    {t('tracking.compareWith')}{' '}
                    <select value={compare} onChange={(event) => setCompare(Number(event.target.value))}>
                      {TRACK_YEARS.filter((y) => y !== shown).map((y) => (
                        <option key={y} value={y}>
                          {y}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="button" onClick={() => setCompare(null)}>
                    {t('tracking.compareOff')}
                  </button>
                </>
              )}
            </div>
          </>
        )}
      </section>
    </>
  );
}

/** Whether the screen is wide enough for the swipe (else the comparison is a toggle). */
function useWide(): boolean {
  const query = '(min-width: 641px)';
  const [wide, setWide] = useState(() => window.matchMedia?.(query).matches ?? true);
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const onChange = () => setWide(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return wide;
}
