import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';
import { FeatureBoundary } from '../ui/ErrorBoundary';
import { HEADER_WIDGETS, MODE_TOOLS } from './registry';

export function Header() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const mode = useAppStore((s) => s.mode);
  const setMode = useAppStore((s) => s.setMode);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
      {HEADER_WIDGETS.map((Widget, index) => (
        <FeatureBoundary key={index} labelKey="failure.part" place="quiet">
          <Widget />
        </FeatureBoundary>
      ))}
      <nav className="toolbar" aria-label={t('toolbar.label')}>
        <button
          type="button"
          aria-pressed={mode === 'explore'}
          title={t('toolbar.explore')}
          onClick={() => setMode('explore')}
        >
          <span aria-hidden="true">◇</span> <span className="tool-label">{t('toolbar.explore')}</span>
        </button>
        {MODE_TOOLS.map((tool) => (
          <button
            key={tool.mode}
            type="button"
            aria-pressed={mode === tool.mode}
            data-mode={tool.mode}
            title={t(tool.labelKey)}
            onClick={() => setMode(mode === tool.mode ? 'explore' : tool.mode)}
          >
            <span aria-hidden="true">{tool.icon}</span> <span className="tool-label">{t(tool.labelKey)}</span>
          </button>
        ))}
        <button
          type="button"
          className="language"
          lang={language === 'zh' ? 'en' : 'zh'}
          // The accessible name starts with the visible text ("English"), then says what the button does.
          aria-label={`${t('app.language')} · ${t('app.languageLabel')}`}
          title={t('app.languageLabel')}
          onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
        >
          <span className="tool-label">{t('app.language')}</span>
          <span className="tool-short" aria-hidden="true">
            {t('app.languageShort')}
          </span>
        </button>
      </nav>
    </header>
  );
}
