import { useTranslation } from 'react-i18next';
import { LAYER_BY_ID } from '../catalog/layers';
import type { PlanFeature } from '../geo/schema';
import { loc } from '../i18n';
import { districtLabel } from './labels';
import { useAppStore } from '../state/store';
import { AccuracyBadge } from './AccuracyBadge';
import { accuracyNote, termLabel, termList } from '../data/terms';
import { statedFeatureSize } from '../geo/featureSize';
import { SEED_TITLES } from './seedTitles';

/** The selected feature's fields, its source sentence and its accuracy badge. */
export function FeatureDetails({ feature }: { feature: PlanFeature }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const p = feature.properties;
  const layer = LAYER_BY_ID.get(p.category);
  // The feature's own length or area, stated as its accuracy allows (src/geo/precision.ts): a schematic line's
  // length to one significant figure, "约 40 km".
  const size = statedFeatureSize(feature, language);
  const rows: [string, string | undefined][] = [
    [t('feature.category'), layer ? loc(layer.title, language) : p.category],
    [t('feature.district'), districtLabel(p.district, language)],
    [t('feature.status'), p.status ? t(`status.${p.status}`) : undefined],
    [t('feature.year'), p.year?.toString()],
    [t('feature.kind'), p.kind && termLabel('kind', p.kind, language)],
    [t('feature.level'), p.level && termLabel('level', p.level, language)],
    [t('feature.scope'), p.scope?.map((scope) => t(`scopes.${scope}`)).join(' · ')],
    [t('feature.industries'), p.industries && termList('industries', p.industries, language)],
    [t('feature.length'), size.length?.text],
    [
      t('feature.area'),
      size.area &&
        size.areaMu &&
        (language === 'zh' ? `${size.area.text}（${size.areaMu.text}）` : `${size.area.text} (${size.areaMu.text})`),
    ],
    [t('feature.aliases'), p.aliases.length > 0 ? p.aliases.join('、') : undefined],
  ];
  const description = language === 'en' ? (p.description_en ?? p.description) : p.description;
  const seed = SEED_TITLES[p.source.file];
  const note = accuracyNote(p, language);
  return (
    <article className="feature-details" aria-labelledby="feature-title">
      <h2 id="feature-title">
        {language === 'en' ? p.name_en : p.name}
        <small lang={language === 'en' ? 'zh' : 'en'}>{language === 'en' ? p.name : p.name_en}</small>
      </h2>
      <p className="feature-accuracy">
        <span>{t('feature.accuracy')}:</span> <AccuracyBadge accuracy={p.accuracy} />
        {note && (
          <span className="accuracy-note" lang={note.lang === 'zh' ? 'zh-CN' : 'en'}>
            {note.text}
            {note.fallback && (
              <small className="fallback-marker" lang={language === 'zh' ? 'zh-CN' : 'en'}>
                {' '}
                {t(note.lang === 'zh' ? 'feature.chineseOnly' : 'feature.englishOnly')}
              </small>
            )}
          </span>
        )}
      </p>
      {description && <p className="feature-description">{description}</p>}
      <dl className="feature-fields">
        {rows
          .filter((row): row is [string, string] => Boolean(row[1]))
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <figure className="feature-source">
        <figcaption>{t('feature.source')}</figcaption>
        <blockquote lang="zh">“{p.source.quote}”</blockquote>
        <p className="source-at">
          {t('feature.sourceAt', {
            file: seed ? `${p.source.file} ${loc(seed, language)}` : p.source.file,
            section: p.source.section,
            line: p.source.line,
          })}
        </p>
      </figure>
    </article>
  );
}
