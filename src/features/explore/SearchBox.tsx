/**
 * The header search box: one box over every feature's name, aliases and English name, in characters, full
 * pinyin or initials ("txgd" → 田心轨道城). An ARIA 1.2 combobox: ↑/↓ move through the results, Enter flies
 * to the feature and opens its panel, Escape closes the list (a second Escape clears the box).
 */
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYER_BY_ID } from '../../catalog/layers';
import type { PlanFeature } from '../../geo/schema';
import { loc } from '../../i18n';
import type { SearchResult } from '../../data/search';
import { useAppStore } from '../../state/store';
import { districtLabel } from '../../ui/labels';
import { flyToFeature } from '../../map/flyTo';
import './search.css';

const LIMIT = 12;

// The search engine (pinyin-pro's dictionary, fuse.js) is fetched when the box is first focused or typed in.
type SearchEngine = typeof import('../../data/search');
let engineLoad: Promise<SearchEngine> | null = null;
const loadEngine = () => {
  engineLoad ??= import('../../data/search').catch((error: unknown) => {
    engineLoad = null; // let a later focus try again
    throw error;
  });
  return engineLoad;
};

export function SearchBox() {
  const { t } = useTranslation();
  const id = useId();
  const features = useAppStore((s) => s.data.features);
  const language = useAppStore((s) => s.language);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const deferred = useDeferredValue(query);
  const [engine, setEngine] = useState<SearchEngine | 'failed' | null>(null);
  const wake = () => {
    if (engine !== null && engine !== 'failed') return;
    loadEngine().then(setEngine, () => setEngine('failed'));
  };
  const ready = engine !== null && engine !== 'failed' ? engine : null;
  const index = useMemo(
    () => (ready && features.length > 0 ? ready.buildSearchIndex(features) : null),
    [ready, features],
  );
  const results: SearchResult[] = useMemo(
    () => (ready && index && deferred.trim() ? ready.search(index, deferred, { limit: LIMIT }) : []),
    [ready, index, deferred],
  );
  const listId = `${id}-list`;
  const expanded = open && query.trim().length > 0;

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    flyToFeature(result.feature);
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (results.length === 0 ? 0 : (i + 1) % results.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (results.length === 0 ? 0 : (i - 1 + results.length) % results.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(results[active] ?? results[0]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  const name = (feature: PlanFeature) => (language === 'en' ? feature.properties.name_en : feature.properties.name);

  return (
    <div className="planner-search" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('planner.search.label')}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && results[active] ? `${id}-opt-${active}` : undefined}
        placeholder={t('planner.search.placeholder')}
        value={query}
        onChange={(event) => {
          wake();
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          wake();
          setOpen(true);
        }}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <span className="visually-hidden" aria-live="polite">
        {expanded && index ? t('planner.search.results', { count: results.length }) : ''}
      </span>
      <ul
        id={listId}
        role="listbox"
        className="planner-search-list"
        hidden={!expanded}
        aria-label={t('planner.search.label')}
      >
        {expanded && engine === 'failed' && (
          <li className="planner-search-empty" role="presentation">
            {t('offline.loadFailed')}
          </li>
        )}
        {expanded && engine === null && (
          <li className="planner-search-empty" role="presentation">
            {t('offline.loadingTool')}
          </li>
        )}
        {expanded && index && results.length === 0 && deferred === query && (
          <li className="planner-search-empty" role="presentation">
            {t('planner.search.none')}
          </li>
        )}
        {expanded &&
          results.map((result, i) => {
            const p = result.feature.properties;
            const layer = LAYER_BY_ID.get(p.category);
            const other = language === 'en' ? p.name : p.name_en;
            const via = result.matched !== p.name && result.matched !== p.name_en ? result.matched : null;
            return (
              <li
                key={p.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                data-id={p.id}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(result)}
                onMouseEnter={() => setActive(i)}
              >
                <span className="planner-search-name">{name(result.feature)}</span>
                <span className="planner-search-meta">
                  {[
                    via && `（${via}）`,
                    layer ? loc(layer.title, language) : p.category,
                    districtLabel(p.district, language),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <span className="visually-hidden" lang={language === 'en' ? 'zh' : 'en'}>
                  {other}
                </span>
              </li>
            );
          })}
        {expanded && results.length > 0 && (
          <li className="planner-search-hint" role="presentation" aria-hidden="true">
            {t('planner.search.hint')}
          </li>
        )}
      </ul>
    </div>
  );
}
