/**
 * The site report of one layer: totals (m², 公顷, 亩; each planning zone's 亩 and share; conflicts), and a table
 * per parcel (zones, protection overlaps, scope, district, nearest station / expressway / hub, verdict), with
 * conflicts in red, and the caveat where the zones are schematic. Long tables render in pages.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParcelReport, SiteReport } from '../../geo/parcels/report';
import { districtLabel } from '../../ui/labels';
import { ZONE_COLORS } from '../../ui/planner/plannerHooks';
import { useAppStore } from '../../state/store';
import type { Language } from '../../i18n';
import { haText, kmText, m2Text, muText, shareText, sortedRows } from './format';

const PAGE = 100;

export function TotalsTable({ report }: { report: SiteReport }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const { total } = report;
  return (
    <div className="sitecheck-totals" data-total-m2={total.area_m2}>
      <dl className="sitecheck-summary">
        <div>
          <dt>{t('sitecheck.report.parcels')}</dt>
          <dd data-count="parcels">{report.rows.length}</dd>
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
                <td>{muText(z.m2, language)}</td>
                <td>{shareText(z.share, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

const join = (items: string[], language: Language) => items.join(language === 'zh' ? '；' : '; ');

export function ParcelRow({ row }: { row: ParcelReport }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const none = t('sitecheck.report.none');
  const near = (key: 'station' | 'expressway' | 'hub') => {
    const n = row.nearest[key];
    return n
      ? t('sitecheck.report.km', { name: language === 'zh' ? n.name : n.name_en, km: kmText(n.km, language) })
      : '—';
  };
  return (
    <tr
      data-parcel={row.parcel_id}
      data-verdict={row.verdict}
      data-area-m2={row.area_m2}
      className={`sitecheck-row-${row.verdict}`}
    >
      <th scope="row">{row.name || row.parcel_id}</th>
      <td data-unit="mu">{muText(row.area_m2, language)}</td>
      <td data-unit="ha">{haText(row.area_m2, language)}</td>
      <td data-unit="m2">{m2Text(row.area_m2, language)}</td>
      <td>
        {row.zones.length === 0
          ? none
          : join(
              row.zones.map(
                (z) => `${t(`planner.zone.${z.zone}`)} ${muText(z.m2, language)} (${shareText(z.share, language)})`,
              ),
              language,
            )}
      </td>
      <td>
        {row.protection.length === 0
          ? none
          : join(
              row.protection.map((p) => `${language === 'zh' ? p.name : p.name_en} ${muText(p.m2, language)}`),
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
      <td>{near('station')}</td>
      <td>{near('expressway')}</td>
      <td>{near('hub')}</td>
      <td className="sitecheck-verdict">{t(`sitecheck.verdict.${row.verdict}`)}</td>
    </tr>
  );
}

export function ParcelTableHead() {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{t('sitecheck.report.parcel')}</th>
        <th scope="col">{t('sitecheck.report.mu')}</th>
        <th scope="col">{t('sitecheck.report.ha')}</th>
        <th scope="col">{t('sitecheck.report.m2')}</th>
        <th scope="col">{t('sitecheck.report.zones')}</th>
        <th scope="col">{t('sitecheck.report.protection')}</th>
        <th scope="col">{t('sitecheck.report.scope')}</th>
        <th scope="col">{t('sitecheck.report.district')}</th>
        <th scope="col">{t('sitecheck.report.station')}</th>
        <th scope="col">{t('sitecheck.report.expressway')}</th>
        <th scope="col">{t('sitecheck.report.hub')}</th>
        <th scope="col">{t('sitecheck.report.verdict')}</th>
      </tr>
    </thead>
  );
}

export function ParcelTable({ report }: { report: SiteReport }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  const rows = sortedRows(report);
  const visible = rows.slice(0, shown);
  return (
    <div className="sitecheck-table-wrap" tabIndex={0} role="region" aria-label={t('sitecheck.report.table')}>
      <table className="stats-table sitecheck-table">
        <caption>{t('sitecheck.report.table')}</caption>
        <ParcelTableHead />
        <tbody>
          {visible.map((row) => (
            <ParcelRow key={row.parcel_id} row={row} />
          ))}
        </tbody>
      </table>
      {rows.length > shown && (
        <p className="stats-note">
          {t('sitecheck.report.shown', { shown, total: rows.length })}{' '}
          <button type="button" className="link-button" onClick={() => setShown(shown + PAGE * 5)}>
            {t('sitecheck.report.showMore', { count: Math.min(PAGE * 5, rows.length - shown) })}
          </button>
        </p>
      )}
    </div>
  );
}
