import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIDE_TABS } from './registry';
import { FeatureBoundary } from '../ui/ErrorBoundary';
import { SheetHandle } from '../ui/sheet';
import { useSheet } from '../ui/useSheet';

/** The tabbed side panel (layers, and the tabs features add). On phones it is a collapsible bottom sheet. */
export function SidePanel() {
  const { t } = useTranslation();
  const [active, setActive] = useState(SIDE_TABS[0]!.id);
  const sheet = useSheet((window.matchMedia?.('(min-width: 641px)').matches ?? true) ? 'half' : 'peek');
  const open = sheet.expanded;
  const { setState: setSheet } = sheet;
  const setOpen = (value: boolean) => setSheet(value ? 'half' : 'peek');
  const element = useRef<HTMLElement>(null);
  const tab = SIDE_TABS.find((entry) => entry.id === active) ?? SIDE_TABS[0]!;
  // Features open a tab with window.dispatchEvent(new CustomEvent('zz:open-tab', { detail: tabId })).
  useEffect(() => {
    const onOpen = (event: Event) => {
      const id = (event as CustomEvent<string>).detail;
      if (SIDE_TABS.some((entry) => entry.id === id)) {
        setActive(id);
        setSheet((state) => (state === 'peek' ? 'half' : state));
      }
    };
    window.addEventListener('zz:open-tab', onOpen);
    return () => window.removeEventListener('zz:open-tab', onOpen);
  }, [setSheet]);
  return (
    <aside
      ref={element}
      className={`side-panel panel ${open ? 'open' : 'collapsed'} ${sheet.className}`}
      style={sheet.style}
      aria-label={t('layers.title')}
    >
      <SheetHandle control={sheet} sheet={element} />
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
                setSheet((state) => (state === 'peek' ? 'half' : state));
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
        <FeatureBoundary key={tab.id} labelKey={tab.labelKey} place="panel" reset={tab.reset}>
          <tab.Component />
        </FeatureBoundary>
      </div>
    </aside>
  );
}
