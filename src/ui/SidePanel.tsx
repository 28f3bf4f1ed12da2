import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIDE_TABS } from './registry';

/** The tabbed side panel (layers, and the tabs features add). On phones it is a collapsible bottom sheet. */
export function SidePanel() {
  const { t } = useTranslation();
  const [active, setActive] = useState(SIDE_TABS[0]!.id);
  const [open, setOpen] = useState(() => window.matchMedia?.('(min-width: 641px)').matches ?? true);
  const tab = SIDE_TABS.find((entry) => entry.id === active) ?? SIDE_TABS[0]!;
  // Features open a tab with window.dispatchEvent(new CustomEvent('zz:open-tab', { detail: tabId })).
  useEffect(() => {
    const onOpen = (event: Event) => {
      const id = (event as CustomEvent<string>).detail;
      if (SIDE_TABS.some((entry) => entry.id === id)) {
        setActive(id);
        setOpen(true);
      }
    };
    window.addEventListener('zz:open-tab', onOpen);
    return () => window.removeEventListener('zz:open-tab', onOpen);
  }, []);
  return (
    <aside className={`side-panel panel ${open ? 'open' : 'collapsed'}`} aria-label={t('layers.title')}>
      <div className="tabs">
        <div className="tablist" role="tablist">
          {SIDE_TABS.map((entry) => (
            <button
              key={entry.id}
              type="button"
              role="tab"
              id={`tab-${entry.id}`}
              aria-selected={entry.id === tab.id}
              aria-controls="side-panel-body"
              onClick={() => {
                setActive(entry.id);
                setOpen(true);
              }}
            >
              {t(entry.labelKey)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="sheet-toggle"
          aria-expanded={open}
          aria-controls="side-panel-body"
          onClick={() => setOpen(!open)}
        >
          {open ? '▾' : '▴'}
          <span className="visually-hidden">{t(open ? 'panel.collapse' : 'panel.expand')}</span>
        </button>
      </div>
      <div id="side-panel-body" role="tabpanel" aria-labelledby={`tab-${tab.id}`} hidden={!open}>
        <tab.Component />
      </div>
    </aside>
  );
}
