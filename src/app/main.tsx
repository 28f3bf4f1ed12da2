// The store first: it installs every feature's slice before any other module can read the state.
import { useAppStore } from './store';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from '../i18n';
import { RootBoundary, RootFailure } from '../ui/ErrorBoundary';
import { resetAllStoredData } from './registry';
import { FEATURE_STRINGS } from './strings';
import { readInitialUrl, startUrlSync } from './urlSync';
import './shell.css';
import '../ui/panelControls.css';
import './side-panel.css';
import './feature-panel.css';
import './mobile.css';

const root = createRoot(document.getElementById('root')!);
try {
  const cameraFromUrl = readInitialUrl();
  initI18n(useAppStore.getState().language, FEATURE_STRINGS);
  startUrlSync();
  root.render(
    <StrictMode>
      <RootBoundary reset={resetAllStoredData}>
        <App cameraFromUrl={cameraFromUrl} />
      </RootBoundary>
    </StrictMode>,
  );
} catch (error) {
  // Start-up itself failed: a message with a way out, never a white page.
  console.error('The app failed to start:', error);
  root.render(<RootFailure error={error} reset={resetAllStoredData} />);
}
