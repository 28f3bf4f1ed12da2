import { useTranslation } from 'react-i18next';
import { LAYER_GROUPS, LAYERS } from '../catalog/layers';
import { clip } from '../geo/text';
import { loc } from '../i18n';
import { groupByCategory, useVisibleFeatures } from '../state/derived';
import { useAppStore } from '../state/store';

/** Shown instead of the map when WebGL is missing: a clear message, and the layers with their features. */
export function NoWebGL({ reason }: { reason?: string }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const groups = groupByCategory(useVisibleFeatures());
  return (
    <section className="no-webgl" role="alert" aria-labelledby="no-webgl-title">
      <h2 id="no-webgl-title">{t('webgl.title')}</h2>
      <p>{t('webgl.body')}</p>
      {reason && (
        <details className="reason">
          <summary>{t('webgl.details')}</summary>
          <code>{clip(reason, 300)}</code>
        </details>
      )}
      {LAYER_GROUPS.map((group) => (
        <section key={group.id}>
          <h3>{loc(group.title, language)}</h3>
          {LAYERS.filter((layer) => layer.group === group.id).map((layer) => {
            const list = groups.get(layer.id) ?? [];
            return (
              <details key={layer.id}>
                <summary>
                  {loc(layer.title, language)} ({list.length})
                </summary>
                <ul>
                  {list.map((f) => (
                    <li key={f.properties.id}>{language === 'en' ? f.properties.name_en : f.properties.name}</li>
                  ))}
                </ul>
              </details>
            );
          })}
        </section>
      ))}
    </section>
  );
}
