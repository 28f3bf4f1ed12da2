import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unknownIndustries } from '../catalog/industries';
import { loadPlanFeatures } from '../data/geodata';
import { MapView } from '../map/MapView';
import { useAppStore } from '../state/store';
import { FeaturePanel } from '../features/explore';
import { Header } from './Header';
import { MapFooter } from './MapFooter';
import { NoWebGL } from './NoWebGL';
import { FeatureBoundary } from '../ui/ErrorBoundary';
import { Notices } from '../ui/Notices';
import { MAP_OVERLAYS, MODE_TOOLS } from './registry';
import { SidePanel } from './SidePanel';

export function App({ cameraFromUrl }: { cameraFromUrl: boolean }) {
  const { t, i18n } = useTranslation();
  const language = useAppStore((s) => s.language);
  const mode = useAppStore((s) => s.mode);
  const status = useAppStore((s) => s.data.status);
  // No WebGL probe beforehand: creating a throw-away context costs ~0.5 s with software WebGL. MapLibre's own
  // constructor fails when there is no WebGL, and MapView reports that here.
  const [mapFailure, setMapFailure] = useState<string | null>(null);

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = language === 'zh' ? '株洲规划一张图 · Zhuzhou Plan Map' : 'Zhuzhou Plan Map · 株洲规划一张图';
  }, [language, i18n]);

  useEffect(() => {
    void loadPlanFeatures().then(({ features, problems }) => {
      performance.mark('zz:plan-data');
      const store = useAppStore.getState();
      store.setData(features, problems);
      if (problems.length > 0) {
        console.warn('Geodata problems:', problems);
        store.notify('notice.dataProblem', { files: [...new Set(problems.map((p) => p.file))].join(', ') });
      }
      const unknown = unknownIndustries(store.filter.industries, features);
      if (unknown.length > 0) {
        store.notify('notice.unknownIndustry');
        store.setFilter({ ...store.filter, industries: store.filter.industries.filter((v) => !unknown.includes(v)) });
      }
      if (store.selectedId && !features.some((f) => f.properties.id === store.selectedId)) {
        store.notify('feature.notFound', { id: store.selectedId });
        store.select(null);
      }
    });
  }, []);

  const activeTool = MODE_TOOLS.find((tool) => tool.mode === mode);
  const ActiveTool = activeTool?.Component;

  return (
    <div className={`app mode-${mode}`}>
      <a className="skip-link" href="#side-panel-body">
        {t('app.skipToPanel')}
      </a>
      <Header />
      <main className="app-main">
        {!mapFailure ? (
          <MapView cameraFromUrl={cameraFromUrl} onFailure={setMapFailure}>
            {MAP_OVERLAYS.map(({ Component: Overlay, labelKey, reset }, index) => (
              <FeatureBoundary key={index} labelKey={labelKey ?? 'failure.part'} place="overlay" reset={reset}>
                <Overlay />
              </FeatureBoundary>
            ))}
            {ActiveTool && activeTool && (
              <FeatureBoundary
                key={activeTool.mode}
                labelKey={activeTool.labelKey}
                place="tool"
                reset={activeTool.reset}
              >
                <ActiveTool />
              </FeatureBoundary>
            )}
          </MapView>
        ) : (
          <NoWebGL reason={mapFailure ?? undefined} />
        )}
        <SidePanel />
        <FeatureBoundary labelKey="failure.part" place="quiet">
          <FeaturePanel />
        </FeatureBoundary>
        <MapFooter />
        <Notices />
        {status === 'loading' && (
          <p className="loading" role="status">
            {t('app.loading')}
          </p>
        )}
      </main>
    </div>
  );
}
