/**
 * The filter panel (a side-panel tab): plan scope (一核 / 一圈 / 一廊), district, layer, industry ("3+5+2"),
 * status, year, accuracy and planning zone. Every option shows how many features it would give under the other
 * criteria; the map, the feature list and the statistics all follow (useVisibleFeatures). The filter lives in
 * the URL (f.* parameters), so it can be shared and the back button undoes a change. Clearing is one button.
 */
import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { bbox as turfBbox } from '@turf/bbox';
import { loadCounties } from '../../data/geodata';
import { useTranslation } from 'react-i18next';
import { LAYER_GROUPS, LAYERS } from '../../catalog/layers';
import { ACCURACY, DISTRICTS, SCOPES, STATUS, ZONES, type Scope } from '../../geo/vocabulary';
import { loc } from '../../i18n';
import { featuresToCsv, featuresToGeoJson } from './exportData';
import { activeFilterCount, toggleValue, type FilterState } from '../../catalog/filter';
import { facetCounts } from '../../catalog/facets';
import { INDUSTRY_CHAINS, type IndustryGroup } from '../../catalog/industries';
import { encodeFilter } from './filterParams';
import { useVisibleFeatures } from '../../state/derived';
import { useAppStore } from '../../state/store';
import { districtLabel } from '../../ui/labels';
import { openSideTab } from './plannerData';
import { fileStem } from '../../ui/download';
import { downloadText } from '../../ui/download';
import './search.css';
import './filter.css';
import './stats.css';
import './measure.css';

const YEARS = Array.from({ length: 2035 - 2016 + 1 }, (_, i) => 2016 + i);
const GROUPS: IndustryGroup[] = ['power', 'emerging', 'traditional'];

function Section({ title, children, open = false }: { title: string; children: ReactNode; open?: boolean }) {
  return (
    <details className="filter-section" open={open}>
      <summary>{title}</summary>
      <div className="filter-options">{children}</div>
    </details>
  );
}

function Check({
  label,
  count,
  checked,
  onChange,
  lang,
}: {
  label: string;
  count: number | undefined;
  checked: boolean;
  onChange: () => void;
  lang?: string;
}) {
  return (
    <label className={`filter-check${(count ?? 0) === 0 && !checked ? ' filter-empty' : ''}`}>
      <input type="checkbox" checked={checked} onChange={onChange} />
      <span className="filter-label" lang={lang}>
        {label}
      </span>
      <span className="filter-count">{count ?? 0}</span>
    </label>
  );
}

export function FilterPanel() {
  const { t } = useTranslation();
  const id = useId();
  const language = useAppStore((s) => s.language);
  const filter = useAppStore((s) => s.filter);
  const setFilter = useAppStore((s) => s.setFilter);
  const clearFilter = useAppStore((s) => s.clearFilter);
  const all = useAppStore((s) => s.data.features);
  const visible = useVisibleFeatures();
  const facets = useMemo(() => facetCounts(all, filter), [all, filter]);
  const active = activeFilterCount(filter);

  const toggle = <K extends 'categories' | 'districts' | 'industries' | 'status' | 'accuracy' | 'zones'>(
    field: K,
    value: FilterState[K][number],
  ) => setFilter(toggleValue(filter, field, value));
  const setScope = (scope: Scope | null) => setFilter({ ...filter, scope });
  const setYear = (which: 'yearFrom' | 'yearTo', value: string) => {
    const year = value === '' ? null : Number(value);
    const next = { ...filter, [which]: year };
    // Keep the range ordered.
    if (next.yearFrom !== null && next.yearTo !== null && next.yearFrom > next.yearTo) {
      if (which === 'yearFrom') next.yearTo = next.yearFrom;
      else next.yearFrom = next.yearTo;
    }
    setFilter(next);
  };

  // 缩放到结果: the one district filtered for (its boundary), else the filtered features' extent.
  const zoomToResults = async () => {
    let box: number[] | null = null;
    if (filter.districts.length === 1) {
      const counties = await loadCounties();
      const county = counties.features.find((c) => c.properties.name === filter.districts[0]);
      if (county) box = turfBbox(county);
    }
    if (!box && visible.length > 0) box = turfBbox({ type: 'FeatureCollection', features: visible });
    if (!box || !box.every(Number.isFinite)) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    useAppStore.getState().requestBounds(
      [
        [box[0]!, box[1]!],
        [box[2]!, box[3]!],
      ],
      reduced ? 0 : 600,
    );
  };
  // Once, automatically, when the filter narrows to one district (not on every later change within it).
  const lastDistrict = useRef<string | null>(filter.districts.length === 1 ? filter.districts[0]! : null);
  const single = filter.districts.length === 1 ? filter.districts[0]! : null;
  useEffect(() => {
    if (single === lastDistrict.current) return;
    lastDistrict.current = single;
    if (single) void zoomToResults();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of the single district triggers it
  }, [single]);

  const exportAs = (format: 'geojson' | 'csv') => {
    const stem = fileStem('plan-features');
    if (format === 'geojson') {
      downloadText(
        `${stem}.geojson`,
        featuresToGeoJson(visible, { filter: encodeFilter(filter), exportedAt: new Date().toISOString() }),
        'application/geo+json',
      );
    } else downloadText(`${stem}.csv`, featuresToCsv(visible), 'text/csv;charset=utf-8');
  };

  return (
    <div className="filter-panel">
      <div className="filter-head">
        <h2>{t('planner.filter.title')}</h2>
        <p className="filter-summary" role="status" aria-live="polite">
          {t('planner.filter.summary', { shown: visible.length, total: all.length })}
        </p>
        <button
          type="button"
          className="filter-zoom"
          disabled={visible.length === 0}
          onClick={() => void zoomToResults()}
        >
          {t('planner.filter.zoom')}
        </button>
        <button type="button" className="filter-clear" onClick={clearFilter} disabled={active === 0}>
          {t('planner.filter.clear')}
          {active > 0 && <span className="filter-badge">{active}</span>}
        </button>
      </div>

      <fieldset className="filter-scope">
        <legend>{t('planner.filter.scope')}</legend>
        <div className="filter-segmented" role="radiogroup" aria-label={t('planner.filter.scope')}>
          {[null, ...SCOPES].map((scope) => (
            <label key={scope ?? 'all'} className={filter.scope === scope ? 'selected' : undefined}>
              <input
                type="radio"
                name={`${id}-scope`}
                checked={filter.scope === scope}
                onChange={() => setScope(scope)}
              />
              <span>{scope ? t(`planner.scope.${scope}`) : t('planner.scope.all')}</span>
              {scope && <span className="filter-count">{facets.scope[scope] ?? 0}</span>}
            </label>
          ))}
        </div>
        <p className="filter-hint">{t('planner.filter.scopeHint')}</p>
      </fieldset>

      <Section title={t('planner.filter.districts')} open>
        {DISTRICTS.map((district) => (
          <Check
            key={district}
            label={districtLabel(district, language)}
            count={facets.districts[district]}
            checked={filter.districts.includes(district)}
            onChange={() => toggle('districts', district)}
          />
        ))}
      </Section>

      <Section title={t('planner.filter.categories')} open={filter.categories.length > 0}>
        {LAYER_GROUPS.map((group) => {
          const layers = LAYERS.filter((layer) => layer.group === group.id);
          return (
            <div key={group.id} className="filter-group">
              <p className="filter-group-title">{loc(group.title, language)}</p>
              {layers.map((layer) => (
                <Check
                  key={layer.id}
                  label={loc(layer.title, language)}
                  count={facets.categories[layer.id]}
                  checked={filter.categories.includes(layer.id)}
                  onChange={() => toggle('categories', layer.id)}
                />
              ))}
            </div>
          );
        })}
      </Section>

      <Section title={t('planner.filter.industries')} open={filter.industries.length > 0}>
        {GROUPS.map((group) => (
          <div key={group} className="filter-group">
            <Check
              label={t(`planner.filter.industryGroups.${group}`)}
              count={INDUSTRY_CHAINS.filter((c) => c.group === group).reduce(
                (sum, c) => sum + (facets.industries[c.id] ?? 0),
                0,
              )}
              checked={filter.industries.includes(`group:${group}`)}
              onChange={() => toggle('industries', `group:${group}`)}
            />
            <div className="filter-sub">
              {INDUSTRY_CHAINS.filter((chain) => chain.group === group).map((chain) => (
                <Check
                  key={chain.id}
                  label={language === 'en' ? chain.en : chain.zh}
                  count={facets.industries[chain.id]}
                  checked={filter.industries.includes(chain.id)}
                  onChange={() => toggle('industries', chain.id)}
                />
              ))}
            </div>
          </div>
        ))}
      </Section>

      <Section title={t('planner.filter.status')} open={filter.status.length > 0}>
        {STATUS.map((status) => (
          <Check
            key={status}
            label={t(`status.${status}`)}
            count={facets.status[status]}
            checked={filter.status.includes(status)}
            onChange={() => toggle('status', status)}
          />
        ))}
      </Section>

      <Section title={t('planner.filter.year')} open={filter.yearFrom !== null || filter.yearTo !== null}>
        <div className="filter-years">
          {(['yearFrom', 'yearTo'] as const).map((which) => (
            <label key={which}>
              <span>{t(which === 'yearFrom' ? 'planner.filter.yearFrom' : 'planner.filter.yearTo')}</span>
              <select value={filter[which] ?? ''} onChange={(event) => setYear(which, event.target.value)}>
                <option value="">{t('planner.filter.anyYear')}</option>
                {YEARS.map((year) => (
                  <option key={year} value={year}>
                    {year}
                    {facets.years[year] ? ` (${facets.years[year]})` : ''}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </Section>

      <Section title={t('planner.filter.accuracy')} open={filter.accuracy.length > 0}>
        {ACCURACY.map((accuracy) => (
          <Check
            key={accuracy}
            label={t(`accuracy.${accuracy}`)}
            count={facets.accuracy[accuracy]}
            checked={filter.accuracy.includes(accuracy)}
            onChange={() => toggle('accuracy', accuracy)}
          />
        ))}
      </Section>

      <Section title={t('planner.filter.zones')} open={filter.zones.length > 0}>
        {ZONES.map((zone) => (
          <Check
            key={zone}
            label={t(`planner.zone.${zone}`)}
            count={facets.zones[zone]}
            checked={filter.zones.includes(zone)}
            onChange={() => toggle('zones', zone)}
          />
        ))}
      </Section>

      <div className="filter-export">
        <p>{t('planner.filter.export')}</p>
        <div className="filter-export-buttons">
          <button type="button" onClick={() => exportAs('geojson')} disabled={visible.length === 0}>
            {t('planner.filter.exportGeoJson')}
          </button>
          <button type="button" onClick={() => exportAs('csv')} disabled={visible.length === 0}>
            {t('planner.filter.exportCsv')}
          </button>
        </div>
        <button type="button" className="link-button" onClick={() => openSideTab('list')}>
          {t('planner.filter.showList')}
        </button>
      </div>
    </div>
  );
}
