import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from '../i18n';
import { useAppStore } from '../state/store';
import { readInitialUrl, startUrlSync } from './urlSync';
import './styles.css';

const cameraFromUrl = readInitialUrl();
initI18n(useAppStore.getState().language);
startUrlSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App cameraFromUrl={cameraFromUrl} />
  </StrictMode>,
);
