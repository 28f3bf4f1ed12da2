/**
 * "What is in this area?" — the statistics tab: choose a district, a plan scope or a drawn polygon and see the
 * area of each planning zone inside it (亩, km², share) as a table and a bar chart, counts of features by
 * layer, and railway / expressway length inside; export it as CSV. The work runs in a worker
 * (./stats.worker.ts).
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { clip } from '../../geo/text';
import { LAYER_BY_ID } from '../../catalog/layers';
import { DISTRICTS, SCOPES, type Category, type District, type Scope } from '../../geo/vocabulary';
import type { AreaStatistics } from '../../geo/stats';
import { SQM_PER_KM2, SQM_PER_MU, formatArea, formatShare } from '../../geo/units';
import { loc } from '../../i18n';
import { statsToCsv } from './exportData';
import type { StatsSubject } from './slice';
import { useAppStore } from '../../state/store';
import { leastExact, statedShare, statedValue } from '../../geo/precision';
import type { Accuracy } from '../../geo/schema';
import { districtLabel } from '../../ui/labels';
import { useAreaStats } from './plannerData';
import { fileStem } from '../../ui/download';
import { downloadText } from '../../ui/download';
import { useSubjectTitle } from './plannerHooks';
import { ZONE_COLORS } from '../../catalog/layers';
import './search.css';
import './filter.css';
import './stats.css';
import './measure.css';

/** A horizontal stacked bar of the zone shares, plain SVG, with a text fallback. */
function ZoneChart({ stats, label }: { stats: AreaStatistics; label: string }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  let x = 0;
  const parts = [
    ...stats.zones.map((z) => ({ key: z.zone, share: z.share, color: ZONE_COLORS[z.zone] ?? '#999' })),
    { key: 'none', share: stats.areaM2 > 0 ? stats.unzonedM2 / stats.areaM2 : 0, color: '#e0ddd8' },
  ].filter((p) => p.share > 0.0005);
  const description = parts.map((p) => `${t(`planner.zone.${p.key}`)} ${formatShare(p.share, language)}`).join('; ');
  return (
    <svg className="stats-chart" viewBox="0 0 300 28" role="img" aria-label={`${label}: ${description}`}>
      {parts.map((part) => {
        const width = part.share * 300;
        const rect = (
          <rect key={part.key} x={x} y={2} width={Math.max(width, 0.5)} height={24} fill={part.color}>
            <title>{`${t(`planner.zone.${part.key}`)} ${formatShare(part.share, language)}`}</title>
          </rect>
        );
        x += width;
        return rect;
      })}
    </svg>
  );
}

/** The statistics of one subject: table, chart, counts, lines, CSV. */
export function StatsView({ subject, title }: { subject: StatsSubject; title: { zh: string; en: string } }) {
  const allFeatures = useAppStore((s) => s.data.features);
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const state = useAreaStats(subject);

  if (state.status === 'idle') return null;
  if (state.status === 'computing') {
    return (
      <p className="stats-status" role="status">
        {t('planner.stats.computing')}
      </p>
    );
  }
  if (state.status === 'invalid') {
    return (
      <p className="stats-error" role="alert">
        {t(`planner.measure.errors.${state.error}`)}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p className="stats-error" role="alert">
        {state.code === 'no_boundary'
          ? t('planner.stats.noBoundary')
          : state.code === 'not_loaded'
            ? t('planner.stats.notLoaded')
            : state.message === 'worker failed'
              ? t('planner.stats.workerFailed')
              : t('planner.stats.error', { message: clip(state.message, 160) })}
      </p>
    );
  }
  const { result } = state;
  const counts = (Object.entries(result.counts) as [Category, number][]).sort((a, b) => b[1] - a[1]);
  // Figures from the plan's geometry are stated as its accuracy allows (src/geo/precision.ts): the zones are
  // rule-drawn (schematic), so their areas and shares get one significant figure; a length takes the least exact
  // accuracy of its layer's lines.
  const accuracyOf = (category: Category): Accuracy =>
    leastExact(allFeatures.filter((f) => f.properties.category === category).map((f) => f.properties.accuracy));
  const zoneAccuracy = accuracyOf('planning_zone');
  const exportCsv = () =>
    downloadText(`${fileStem('area-statistics')}.csv`, statsToCsv(result, title, accuracyOf), 'text/csv;charset=utf-8');
  const mu = (m2: number) => statedValue(m2 / SQM_PER_MU, zoneAccuracy, language, 0).text;
  const km2 = (m2: number) => statedValue(m2 / SQM_PER_KM2, zoneAccuracy, language, 2).text;
  const share = (value: number) => statedShare(value, zoneAccuracy, language).text;

  return (
    <div className="stats-view" data-area-m2={Math.round(result.areaM2)}>
      <p className="stats-total">
        <span>{t('planner.stats.areaTotal')}</span>{' '}
        <strong>{formatArea(result.areaM2, 'km2', { locale: language })}</strong>{' '}
        <span className="stats-total-mu">({formatArea(result.areaM2, 'mu', { locale: language, decimals: 0 })})</span>
      </p>

      <h3>{t('planner.stats.zonesTitle')}</h3>
      <ZoneChart stats={result} label={t('planner.stats.chartLabel')} />
      <table className="stats-table">
        <thead>
          <tr>
            <th scope="col">{t('planner.stats.zoneHeader')}</th>
            <th scope="col">{t('planner.stats.muHeader')}</th>
            <th scope="col">{t('planner.stats.km2Header')}</th>
            <th scope="col">{t('planner.stats.shareHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {result.zones.map((zone) => (
            <tr key={zone.zone} data-zone={zone.zone} data-area-m2={Math.round(zone.areaM2)}>
              <th scope="row">
                <span className="stats-dot" style={{ background: ZONE_COLORS[zone.zone] }} aria-hidden="true" />
                {t(`planner.zone.${zone.zone}`)}
              </th>
              <td>{mu(zone.areaM2)}</td>
              <td>{km2(zone.areaM2)}</td>
              <td>{share(zone.share)}</td>
            </tr>
          ))}
          <tr data-zone="none" className="stats-muted" data-area-m2={Math.round(result.unzonedM2)}>
            <th scope="row">
              <span className="stats-dot" style={{ background: '#e0ddd8' }} aria-hidden="true" />
              {t('planner.zone.none')}
            </th>
            <td>{mu(result.unzonedM2)}</td>
            <td>{km2(result.unzonedM2)}</td>
            <td>{share(result.areaM2 > 0 ? result.unzonedM2 / result.areaM2 : 0)}</td>
          </tr>
        </tbody>
      </table>
      <p className="stats-note">{t('planner.stats.schematic')}</p>

      <h3>{t('planner.stats.linesTitle')}</h3>
      <table className="stats-table">
        <thead>
          <tr>
            <th scope="col">{t('feature.category')}</th>
            <th scope="col">{t('planner.stats.lengthHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {result.lines.map((line) => {
            const layer = LAYER_BY_ID.get(line.category);
            return (
              <tr key={line.category} data-line={line.category}>
                <th scope="row">{layer ? loc(layer.title, language) : line.category}</th>
                <td data-accuracy={accuracyOf(line.category)}>
                  {statedValue(line.lengthM / 1000, accuracyOf(line.category), language, 1).text}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h3>{t('planner.stats.countsTitle')}</h3>
      {counts.length === 0 ? (
        <p className="stats-note">{t('planner.stats.countsEmpty')}</p>
      ) : (
        <table className="stats-table">
          <thead>
            <tr>
              <th scope="col">{t('feature.category')}</th>
              <th scope="col">{t('planner.stats.countHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map(([category, count]) => {
              const layer = LAYER_BY_ID.get(category);
              return (
                <tr key={category} data-count={category}>
                  <th scope="row">{layer ? loc(layer.title, language) : category}</th>
                  <td>{count}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="stats-note">{t('planner.stats.filtered')}</p>
      <div className="stats-actions">
        <button type="button" onClick={exportCsv}>
          {t('planner.stats.exportCsv')}
        </button>
        <span className="stats-took">{t('planner.stats.took', { ms: Math.max(1, Math.round(state.ms)) })}</span>
      </div>
    </div>
  );
}

export function StatsPanel() {
  const { t } = useTranslation();
  const id = useId();
  const language = useAppStore((s) => s.language);
  const subject = useAppStore((s) => s.statsSubject);
  const setSubject = useAppStore((s) => s.setStatsSubject);
  const setMode = useAppStore((s) => s.setMode);
  const measurements = useAppStore((s) => s.measurements);
  const polygons = useMemo(() => measurements.filter((m) => m.kind === 'area'), [measurements]);
  const title = useSubjectTitle(subject);

  return (
    <div className="stats-panel">
      <h2>{t('planner.stats.title')}</h2>
      <p className="stats-intro">{t('planner.stats.intro')}</p>
      <fieldset className="stats-subject">
        <legend>{t('planner.stats.subject')}</legend>
        <div className="filter-segmented" role="group" aria-label={t('planner.stats.scope')}>
          {SCOPES.map((scope: Scope) => (
            <button
              key={scope}
              type="button"
              aria-pressed={subject?.kind === 'scope' && subject.scope === scope}
              onClick={() => setSubject({ kind: 'scope', scope })}
            >
              {t(`planner.scope.${scope}`)}
            </button>
          ))}
        </div>
        <label className="stats-select">
          <span>{t('planner.stats.district')}</span>
          <select
            id={`${id}-district`}
            value={subject?.kind === 'district' ? subject.district : ''}
            onChange={(event) =>
              setSubject(event.target.value ? { kind: 'district', district: event.target.value as District } : null)
            }
          >
            <option value="">{t('planner.stats.chooseDistrict')}</option>
            {DISTRICTS.map((district) => (
              <option key={district} value={district}>
                {districtLabel(district, language)}
              </option>
            ))}
          </select>
        </label>
        <label className="stats-select">
          <span>{t('planner.stats.polygon')}</span>
          <select
            value={subject?.kind === 'measurement' ? subject.id : ''}
            disabled={polygons.length === 0}
            onChange={(event) =>
              setSubject(event.target.value ? { kind: 'measurement', id: event.target.value } : null)
            }
          >
            <option value="">
              {polygons.length === 0 ? t('planner.stats.noPolygons') : t('planner.stats.choosePolygon')}
            </option>
            {polygons.map((m) => (
              <option key={m.id} value={m.id}>
                {t('planner.measure.item.area', { n: m.n })}
              </option>
            ))}
          </select>
        </label>
        {polygons.length === 0 && (
          <button type="button" className="link-button" onClick={() => setMode('measure')}>
            {t('planner.stats.drawPolygon')}
          </button>
        )}
      </fieldset>
      {subject && (
        <section className="stats-result" aria-live="polite" aria-label={title[language]}>
          <div className="stats-result-head">
            <h3 className="stats-subject-title">{title[language]}</h3>
            <button type="button" className="link-button" onClick={() => setSubject(null)}>
              {t('planner.stats.clear')}
            </button>
          </div>
          <StatsView subject={subject} title={title} />
        </section>
      )}
    </div>
  );
}
