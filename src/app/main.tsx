// The store first: it installs every feature's slice before any other module can read the state.
import { useAppStore } from './store';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from '../i18n';
import { FEATURE_STRINGS } from './strings';
import { readInitialUrl, startUrlSync } from './urlSync';
import './shell.css';
import './side-panel.css';
import './feature-panel.css';
import './mobile.css';

const cameraFromUrl = readInitialUrl();
initI18n(useAppStore.getState().language, FEATURE_STRINGS);
startUrlSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App cameraFromUrl={cameraFromUrl} />
  </StrictMode>,
);
