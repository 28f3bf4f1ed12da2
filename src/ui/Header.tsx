import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';
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
        <Widget key={index} />
      ))}
      <nav className="toolbar" aria-label={t('toolbar.label')}>
        <button type="button" aria-pressed={mode === 'explore'} onClick={() => setMode('explore')}>
          {t('toolbar.explore')}
        </button>
        {MODE_TOOLS.map((tool) => (
          <button
            key={tool.mode}
            type="button"
            aria-pressed={mode === tool.mode}
            data-mode={tool.mode}
            onClick={() => setMode(mode === tool.mode ? 'explore' : tool.mode)}
          >
            <span aria-hidden="true">{tool.icon}</span> {t(tool.labelKey)}
          </button>
        ))}
        <button
          type="button"
          className="language"
          lang={language === 'zh' ? 'en' : 'zh'}
          aria-label={t('app.languageLabel')}
          onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
        >
          {t('app.language')}
        </button>
      </nav>
    </header>
  );
}
