import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYER_BY_ID } from '../../catalog/layers';
import { swatchKind } from '../../catalog/layerDefinition';
import type { SinceStage } from '../../geo/history';
import type { NearbyResult } from '../../geo/nearby/candidates';
import { formatDistanceDirection } from '../../geo/nearby/format';
import type { PlanFeature } from '../../geo/schema';
import { loc } from '../../i18n';
import { useAppStore } from '../../state/store';
import { Swatch } from '../../ui/Swatch';
import { AccuracyBadge } from '../../ui/AccuracyBadge';
import { SEED_TITLES } from '../../ui/seedTitles';

type Result = NearbyResult<PlanFeature['properties']>;

/** A "since a year" restriction: the year and each kept result's stage (its reported start or completion). */
export interface SinceView {
  year: number;
  stages: ReadonlyMap<string, SinceStage>;
}

/**
 * The results within the radius, nearest first: name, "东北 2.4 km", category, status and year — or, under a
 * "since a year" restriction, the reported stage and its year with the sentence that says so.
 */
export function NearbyResults({
  results,
  radiusKm,
  since = null,
  focusId,
  onOpen,
}: {
  results: readonly Result[];
  radiusKm: number;
  since?: SinceView | null;
  /** Move keyboard focus to this result (after returning from its details). */
  focusId: string | null;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!focusId) return;
    list.current?.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(focusId)}"]`)?.focus();
  }, [focusId]);

  if (results.length === 0) {
    return (
      <p className="nearby-empty">
        {since
          ? t('nearby.since.empty', { radius: radiusKm, year: since.year })
          : t('nearby.empty', { radius: radiusKm })}
      </p>
    );
  }
  return (
    <>
      <h3 className="nearby-count" id="nearby-results-heading">
        {since
          ? t('nearby.since.count', { count: results.length, radius: radiusKm, year: since.year })
          : t('nearby.count', { count: results.length, radius: radiusKm })}
      </h3>
      <ol className="nearby-results" ref={list} aria-labelledby="nearby-results-heading">
        {results.map((result) => {
          const p = result.feature.properties;
          const layer = LAYER_BY_ID.get(p.category);
          const name = language === 'en' ? p.name_en : p.name;
          const stage = since?.stages.get(result.id);
          const meta = [
            layer ? loc(layer.title, language) : p.category,
            ...(stage
              ? [t(`nearby.since.${stage.stage}`, { year: stage.year })]
              : [p.status ? t(`status.${p.status}`) : null, p.year ? String(p.year) : null]),
          ].filter(Boolean);
          const seed = stage && SEED_TITLES[stage.entry.source.file];
          return (
            <li key={result.id}>
              <button
                type="button"
                className="nearby-result"
                data-id={result.id}
                data-distance={Math.round(result.distanceM)}
                data-accuracy={p.accuracy}
                onClick={() => onOpen(result.id)}
              >
                {layer && <Swatch color={layer.color} kind={swatchKind(layer)} />}
                <span className="nearby-result-name">{name}</span>
                <span className="nearby-result-distance">{formatDistanceDirection(result, language)}</span>
                <span className="nearby-result-meta">
                  {meta.join(' · ')} <AccuracyBadge accuracy={p.accuracy} />
                </span>
              </button>
              {stage && (
                <details className="nearby-since-source" data-stage={stage.stage} data-year={stage.year}>
                  <summary>
                    {t('nearby.since.source')}
                    <span className="visually-hidden">: {name}</span>
                  </summary>
                  <blockquote lang="zh">“{stage.entry.source.quote}”</blockquote>
                  <p className="source-at">
                    {t('nearby.since.sourceAt', {
                      file: stage.entry.source.file,
                      title: seed ? loc(seed, language) : '',
                      line: stage.entry.source.line,
                      date: stage.entry.date,
                    })}
                  </p>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
