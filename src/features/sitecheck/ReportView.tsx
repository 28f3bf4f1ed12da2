/**
 * The site report of one layer: totals (m², 公顷, 亩; each planning zone's 亩 and share; conflicts), and a table
 * per parcel (zones, protection overlaps, scope, district, nearest station / expressway / hub, verdict), with
 * conflicts in red, and the caveat where the zones are schematic. Long tables render in pages.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParcelReport } from '../../geo/parcels/report/types';
import { projectsText } from '../../geo/parcels/report/projects';
import { districtLabel } from '../../ui/labels';
import { ZONE_COLORS } from '../../catalog/layers';
import { useAppStore } from '../../state/store';
import type { Language } from '../../i18n';
import { fetchRows, frameParcel, locateParcel, selectParcel } from './actions';
import { haText, kmText, m2Text, muText, zoneMuText, zoneShareText } from './format';
import { PAGE_SIZE, pageCount, pageOf } from './reportRows';
import type { ReportSummary, TableRow } from './types';

export function TotalsTable({ report }: { report: ReportSummary }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const { total } = report;
  // Points and lines: a count, no area, no verdicts (a point in farmland is not "0.00 亩 in conflict").
  if (total.area_m2 <= 0)
    return (
      <div className="sitecheck-totals" data-total-m2={0}>
        <dl className="sitecheck-summary">
          <div>
            <dt>{t('sitecheck.sites.count')}</dt>
            <dd data-count="parcels">{report.count}</dd>
          </div>
        </dl>
      </div>
    );
  return (
    <div className="sitecheck-totals" data-total-m2={total.area_m2}>
      <dl className="sitecheck-summary">
        <div>
          <dt>{t('sitecheck.report.parcels')}</dt>
          <dd data-count="parcels">{report.count}</dd>
        </div>
        <div>
          <dt>{t('sitecheck.report.area')}</dt>
          <dd>
            <span data-unit="mu">
              {muText(total.area_m2, language)} {t('sitecheck.report.mu')}
            </span>
            {' · '}
            <span data-unit="ha">
              {haText(total.area_m2, language)} {t('sitecheck.report.ha')}
            </span>
            {' · '}
            <span data-unit="m2">
              {m2Text(total.area_m2, language)} {t('sitecheck.report.m2')}
            </span>
          </dd>
        </div>
        <div className={total.conflicts > 0 ? 'sitecheck-conflict' : undefined}>
          <dt>{t('sitecheck.report.conflicts')}</dt>
          <dd data-count="conflicts">{total.conflicts}</dd>
        </div>
        {(total.cautions ?? 0) > 0 && (
          <div className="sitecheck-caution">
            <dt>{t('sitecheck.report.cautions')}</dt>
            <dd data-count="cautions">{total.cautions}</dd>
          </div>
        )}
        <div>
          <dt>{t('sitecheck.report.urban')}</dt>
          <dd data-count="urban">{total.urban}</dd>
        </div>
      </dl>
      {total.zones.length > 0 && (
        <table className="stats-table sitecheck-zones">
          <caption>{t('sitecheck.report.zonesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sitecheck.report.zone')}</th>
              <th scope="col">{t('sitecheck.report.mu')}</th>
              <th scope="col">{t('sitecheck.report.share')}</th>
            </tr>
          </thead>
          <tbody>
            {total.zones.map((z) => (
              <tr key={z.zone} data-zone={z.zone} data-m2={z.m2}>
                <th scope="row">
                  <span className="stats-dot" style={{ background: ZONE_COLORS[z.zone] }} aria-hidden="true" />
                  {t(`planner.zone.${z.zone}`)}
                </th>
                <td>{zoneMuText(z, language)}</td>
                <td>{zoneShareText(z, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

const join = (items: string[], language: Language) => items.join(language === 'zh' ? '；' : '; ');

export function ParcelRow({
  row,
  index,
  selected,
  onSelect,
  sites = false,
}: {
  row: ParcelReport;
  /** Points or lines read as sites: no area columns, no verdict. */
  sites?: boolean;
  /** The parcel's index in the layer (its map feature id). */
  index?: number;
  /** In the interactive table: whether the row is the selected parcel's, and what a click on it does. */
  selected?: boolean;
  onSelect?: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const none = t('sitecheck.report.none');
  // A point or a line has no area: no 0.00 亩, no share, and never a verdict.
  const noArea = row.area_m2 <= 0;
  const near = (key: 'station' | 'expressway' | 'hub') => {
    const n = row.nearest[key];
    return n
      ? t('sitecheck.report.km', { name: language === 'zh' ? n.name : n.name_en, km: kmText(n.km, language) })
      : '—';
  };
  return (
    <tr
      data-parcel={row.parcel_id}
      data-index={index}
      data-verdict={row.verdict}
      data-area-m2={row.area_m2}
      className={`sitecheck-row-${row.verdict}${selected ? ' sitecheck-row-selected' : ''}`}
      aria-selected={onSelect ? Boolean(selected) : undefined}
      onClick={onSelect}
    >
      <th scope="row">
        {onSelect ? (
          <button type="button" className="link-button sitecheck-row-button">
            {row.name || row.parcel_id}
          </button>
        ) : (
          row.name || row.parcel_id
        )}
      </th>
      {!sites && (
        <>
          <td data-unit="mu">{noArea ? '—' : muText(row.area_m2, language)}</td>
          <td data-unit="ha">{noArea ? '—' : haText(row.area_m2, language)}</td>
          <td data-unit="m2">{noArea ? '—' : m2Text(row.area_m2, language)}</td>
        </>
      )}
      <td data-col="zones">
        {row.zones.length === 0
          ? none
          : join(
              row.zones.map((z) =>
                noArea
                  ? t(`planner.zone.${z.zone}`)
                  : `${t(`planner.zone.${z.zone}`)} ${zoneMuText(z, language)} (${zoneShareText(z, language)})`,
              ),
              language,
            )}
      </td>
      <td>
        {row.protection.length === 0
          ? none
          : join(
              row.protection.map(
                (p) =>
                  `${language === 'zh' ? p.name : p.name_en} ${
                    noArea || p.m2 <= 0
                      ? t('sitecheck.report.km', { name: '', km: kmText(p.km, language) }).trim()
                      : zoneMuText(p, language)
                  }`,
              ),
              language,
            )}
      </td>
      <td>
        {row.scopes.length === 0
          ? none
          : join(
              row.scopes.map((s) => t(`planner.scope.${s}`)),
              language,
            )}
      </td>
      <td>{row.districts.length === 0 ? none : districtLabel(row.districts, language)}</td>
      <td data-col="projects">{row.projects?.length ? projectsText(row.projects, language) : none}</td>
      <td>{near('station')}</td>
      <td>{near('expressway')}</td>
      <td>{near('hub')}</td>
      {!sites && (
        <td className="sitecheck-verdict">
          {noArea
            ? '—'
            : t(`sitecheck.verdict.${row.verdict}`, {
                zones: row.zones
                  .filter((z) => z.schematic && (z.zone === 'ecology' || z.zone === 'farmland'))
                  .map((z) => t(`planner.zone.${z.zone}`))
                  .join(language === 'zh' ? '、' : ', '),
              })}
        </td>
      )}
    </tr>
  );
}

export function ParcelTableHead({ sites = false }: { sites?: boolean }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{t(sites ? 'sitecheck.sites.site' : 'sitecheck.report.parcel')}</th>
        {!sites && (
          <>
            <th scope="col">{t('sitecheck.report.mu')}</th>
            <th scope="col">{t('sitecheck.report.ha')}</th>
            <th scope="col">{t('sitecheck.report.m2')}</th>
          </>
        )}
        <th scope="col">{t(sites ? 'sitecheck.sites.zone' : 'sitecheck.report.zones')}</th>
        <th scope="col">{t(sites ? 'sitecheck.sites.protection' : 'sitecheck.report.protection')}</th>
        <th scope="col">{t('sitecheck.report.scope')}</th>
        <th scope="col">{t('sitecheck.report.district')}</th>
        <th scope="col">{t('sitecheck.report.projects')}</th>
        <th scope="col">{t('sitecheck.report.station')}</th>
        <th scope="col">{t('sitecheck.report.expressway')}</th>
        <th scope="col">{t('sitecheck.report.hub')}</th>
        {!sites && <th scope="col">{t('sitecheck.report.verdict')}</th>}
      </tr>
    </thead>
  );
}

/**
 * The report table of a layer, one page of PAGE_SIZE rows at a time (the rows stay in the worker, which sends
 * the page shown): a 100,000-parcel report never puts more than a page in the DOM. Clicking a row selects its
 * parcel (highlighted and framed on the map); a parcel clicked on the map turns to its page, scrolls its row
 * into view and marks it (aria-selected).
 */
export function ParcelTable({
  layerId,
  report,
  sites = false,
}: {
  layerId: string;
  report: ReportSummary;
  sites?: boolean;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const selection = useAppStore((s) => (s.siteSelection?.layerId === layerId ? s.siteSelection : null));
  // The page, for this report (a new report of the layer starts at the first page again).
  const [paging, setPaging] = useState({ report, page: 0 });
  const page = paging.report === report ? paging.page : 0;
  const setPage = (next: number) => setPaging({ report, page: next });
  const [shown, setShown] = useState<{ report: ReportSummary; page: number; rows: TableRow[] } | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const pages = pageCount(report.count);

  useEffect(() => {
    let live = true;
    void fetchRows(layerId, page * PAGE_SIZE, PAGE_SIZE).then((result) => {
      if (live && result) setShown({ report, page, rows: result.rows });
    });
    return () => {
      live = false;
    };
  }, [layerId, page, report]);

  // A parcel clicked on the map: turn to its page.
  useEffect(() => {
    if (!selection || selection.origin !== 'map') return;
    let live = true;
    void locateParcel(layerId, selection.index).then((position) => {
      if (live && position >= 0) setPaging({ report, page: pageOf(position) });
    });
    return () => {
      live = false;
    };
  }, [layerId, report, selection]);

  // …and once its row is there, scroll it into view.
  useEffect(() => {
    if (!selection || selection.origin !== 'map') return;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-index="${selection.index}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [selection, shown]);

  const rows = shown && shown.report === report ? shown.rows : [];
  const from = (shown?.page ?? 0) * PAGE_SIZE;
  const number = (n: number) => n.toLocaleString(language === 'zh' ? 'zh-CN' : 'en');
  return (
    <div className="sitecheck-table-wrap" tabIndex={0} role="region" aria-label={t('sitecheck.report.table')}>
      <table className="stats-table sitecheck-table" data-page={shown?.page ?? 0}>
        <caption>{t('sitecheck.report.table')}</caption>
        <ParcelTableHead sites={sites} />
        <tbody ref={body}>
          {rows.map((row) => (
            <ParcelRow
              key={row.index}
              row={row}
              index={row.index}
              selected={selection?.index === row.index}
              sites={sites}
              onSelect={() => {
                selectParcel(layerId, row.index, 'table');
                if (row.bbox) frameParcel(row.bbox);
              }}
            />
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav className="sitecheck-pager" aria-label={t('sitecheck.report.pages')}>
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('sitecheck.report.previous')}
          </button>
          <span aria-live="polite">
            {t('sitecheck.report.page', {
              from: number(from + 1),
              to: number(Math.min(report.count, from + PAGE_SIZE)),
              total: number(report.count),
            })}
          </span>
          <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
            {t('sitecheck.report.next')}
          </button>
        </nav>
      )}
    </div>
  );
}
