/**
 * Installable and offline: registers the service worker once the first screen is done (mounted as a deferred
 * overlay, src/app/registry.ts), then says once that the app now works offline, and offers a reload when a new
 * version has been deployed and installed in the background.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './offline.css';

/** How long the one-time "works offline now" message stays. */
const OFFLINE_READY_MS = 8000;

export function OfflineSupport() {
  const { t } = useTranslation();
  const [activate, setActivate] = useState<(() => Promise<void>) | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let live = true;
    import('./register')
      .then(({ registerServiceWorker }) => {
        if (!live) return;
        registerServiceWorker({
          onUpdate: (next) => setActivate(() => next),
          onOfflineReady: () => setOfflineReady(true),
        });
      })
      .catch(() => undefined); // offline before the app was ever installed: nothing to register
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!offlineReady) return;
    const timer = window.setTimeout(() => setOfflineReady(false), OFFLINE_READY_MS);
    return () => window.clearTimeout(timer);
  }, [offlineReady]);

  if (activate) {
    return (
      <div className="pwa-notice pwa-update" role="alert">
        <span>{t('offline.updateReady')}</span>
        <button type="button" className="primary" onClick={() => void activate()}>
          {t('offline.reload')}
        </button>
        <button type="button" onClick={() => setActivate(null)}>
          {t('offline.later')}
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="pwa-notice pwa-ready" role="status">
        <span>{t('offline.offlineReady')}</span>
        <button type="button" onClick={() => setOfflineReady(false)}>
          {t('offline.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
