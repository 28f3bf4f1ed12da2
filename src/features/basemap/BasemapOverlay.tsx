/**
 * Puts the chosen online basemap on the map (src/map/onlineBasemap.ts) and says what is happening: the tile
 * provider's attribution while it shows, and a clear message with the way back offline when tiles fail.
 * With the offline basemap (the default) it adds nothing and requests nothing.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from '../../map/MapContext';
import { ONLINE_PREFIX, onlineAttribution, setOnlineBasemap } from '../../map/onlineBasemap';
import { useAppStore } from '../../state/store';
import { inMapFooter } from '../../ui/mapFooterSlot';
import './basemap.css';

export function BasemapOverlay() {
  const { t } = useTranslation();
  const map = useMap();
  const basemap = useAppStore((s) => s.basemap);
  const status = useAppStore((s) => s.basemapStatus);
  const setBasemap = useAppStore((s) => s.setBasemap);
  const setStatus = useAppStore((s) => s.setBasemapStatus);
  const online = basemap.id === 'offline' ? null : basemap.id;

  useEffect(() => {
    if (!map) return;
    setOnlineBasemap(map, online ? { id: online, key: basemap.key } : null);
  }, [map, online, basemap.key]);

  // Tile failures (no network, a refused key) and the first tile that arrives.
  useEffect(() => {
    if (!map || !online) return;
    const ours = (id: unknown) => typeof id === 'string' && id.startsWith(ONLINE_PREFIX);
    const onError = (event: { sourceId?: string }) => {
      if (ours(event.sourceId)) setStatus('failed');
    };
    const onData = (event: { sourceId?: string; tile?: unknown }) => {
      if (ours(event.sourceId) && event.tile && useAppStore.getState().basemapStatus === 'idle') setStatus('ok');
    };
    map.on('error', onError);
    map.on('sourcedata', onData);
    return () => {
      map.off('error', onError);
      map.off('sourcedata', onData);
    };
  }, [map, online, setStatus]);

  if (!online) return null;
  return inMapFooter(
    <div className="basemap-footer">
      {status === 'failed' && (
        <div className="basemap-failed" role="alert">
          <span>{t('basemap.failed')}</span>
          <button type="button" onClick={() => setBasemap('offline')}>
            {t('basemap.backOffline')}
          </button>
        </div>
      )}
      <p className="basemap-attribution" data-testid="basemap-attribution">
        {t('basemap.attribution')}: {onlineAttribution(online)}
      </p>
    </div>,
  );
}
