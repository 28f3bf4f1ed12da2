/**
 * The tab 实施 / Delivery: the promised-vs-delivered table of the plan's listed projects — status in 2021 and in
 * the chosen year, with the sentence for each — grouped by the plan's 专栏 / chapter or by district, the counts
 * per district, and the CSV of what the map shows.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LATEST_YEAR, TRACK_CLASSES, type HistoryEntry, type TrackClass } from '../../geo/history';
import { DISTRICT_EN, DISTRICTS, type District } from '../../geo/vocabulary';
import { useAppStore } from '../../state/store';
import { useHistory } from '../../ui/useHistory';
import { downloadText, fileStem } from '../../ui/download';
import { countRows, rowsToCsv, trackRows, type TrackRow } from './model';
import { DeliverySummary } from './Summary';
import { TRACK_COLORS } from './trackMap';
import './tracking.css';

type GroupBy = 'plan' | 'district';

export function TrackingPanel() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const year = useAppStore((s) => s.tracking.year);
  const setYear = useAppStore((s) => s.setTrackingYear);
  const byId = useAppStore((s) => s.data.byId);
  const history = useHistory();
  const [groupBy, setGroupBy] = useState<GroupBy>('plan');
  const [started] = useState(year === null);
  // Opening the tab turns the view on (at the latest year) the first time.
  useEffect(() => {
    if (started && useAppStore.getState().tracking.year === null) setYear(LATEST_YEAR);
  }, [started, setYear]);

  const shown = year ?? LATEST_YEAR;
  const rows = useMemo(
    () => (history.status === 'ready' ? trackRows(history.file, byId, shown) : []),
    [history, byId, shown],
  );
  const districtName = (d: District | 'several') =>
    d === 'several' ? t('tracking.several') : language === 'zh' ? d : DISTRICT_EN[d];
  const name = (row: TrackRow) => (language === 'zh' ? row.feature.properties.name : row.feature.properties.name_en);

  if (year === null) {
    return (
      <div className="tracking-panel">
        <p>{t('tracking.intro')}</p>
        <button type="button" onClick={() => setYear(LATEST_YEAR)}>
          {t('tracking.on')}
        </button>
      </div>
    );
  }
  if (history.status !== 'ready') {
    return (
      <div className="tracking-panel" role={history.status === 'error' ? 'alert' : 'status'}>
        {t(history.status === 'error' ? 'tracking.failed' : 'tracking.loading')}
      </div>
    );
  }

  const onMap = rows.filter((r) => r.cls !== null);
  const listed = onMap.filter((r) => r.listed);
  const counts = countRows(onMap);
  const districtKeys = [...DISTRICTS, 'several' as const].filter((d) => onMap.some((r) => r.district === d));
  const groups = new Map<string, TrackRow[]>();
  for (const row of listed) {
    const key = groupBy === 'plan' ? row.group : districtName(row.district);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const classLabel = (cls: TrackClass | null) => (cls ? t(`tracking.class.${cls}`) : '—');
  const cite = (e: HistoryEntry | null) =>
    e ? `${e.source.quote}（${e.source.file}:${e.source.line}，${e.date}）` : '—';

  return (
    <div className="tracking-panel">
      <h2>{t('tracking.title')}</h2>
      <DeliverySummary year={shown} listed={listed.length} counts={counts} testId="panel-summary" />
      <p className="tracking-quote">{t('tracking.honesty')}</p>

      <h3>{t('tracking.byDistrict')}</h3>
      <table data-testid="track-district-table">
        <thead>
          <tr>
            <th scope="col">{t('tracking.district')}</th>
            {TRACK_CLASSES.map((cls) => (
              <th scope="col" key={cls} className="num">
                <span className="tracking-swatch" style={{ borderColor: TRACK_COLORS[cls] }} aria-hidden="true" />{' '}
                {classLabel(cls)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {districtKeys.map((d) => {
            const here = countRows(onMap.filter((r) => r.district === d));
            return (
              <tr key={d}>
                <th scope="row">{districtName(d)}</th>
                {TRACK_CLASSES.map((cls) => (
                  <td key={cls} className="num">
                    {here[cls]}
                  </td>
                ))}
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('tracking.total')}</th>
            {TRACK_CLASSES.map((cls) => (
              <td key={cls} className="num" data-testid={`panel-count-${cls}`}>
                {counts[cls]}
              </td>
            ))}
          </tr>
        </tbody>
      </table>

      <h3>{t('tracking.table')}</h3>
      <div className="tracking-tools">
        <label>
          {t('tracking.groupBy')}{' '}
          <select value={groupBy} onChange={(event) => setGroupBy(event.target.value as GroupBy)}>
            <option value="plan">{t('tracking.groupPlan')}</option>
            <option value="district">{t('tracking.groupDistrict')}</option>
          </select>
        </label>
        <button
          type="button"
          onClick={() => downloadText(`${fileStem(`delivery-${shown}`)}.csv`, rowsToCsv(rows, shown), 'text/csv')}
        >
          {t('tracking.csv')}
        </button>
      </div>
      <table data-testid="track-table">
        <thead>
          <tr>
            <th scope="col">{t('tracking.name')}</th>
            <th scope="col">{t('tracking.in2021')}</th>
            <th scope="col">{t('tracking.inYear', { year: shown })}</th>
            <th scope="col">{t('tracking.sentence')}</th>
          </tr>
        </thead>
        {[...groups].map(([group, list]) => (
          <tbody key={group}>
            <tr>
              <th colSpan={4} scope="rowgroup">
                {group} ({list.length})
              </th>
            </tr>
            {list.map((row) => (
              <tr key={row.feature.properties.id} data-class={row.cls ?? ''}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => useAppStore.getState().select(row.feature.properties.id)}
                  >
                    {name(row)}
                  </button>
                </td>
                <td>{classLabel(row.cls2021)}</td>
                <td>{classLabel(row.cls)}</td>
                <td className="tracking-quote">{cite(row.entry)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
