/**
 * "What is here?" starts with a click on the map in explore mode: this always-mounted listener records the
 * point in the store. The answer, popup and statistics come with PlannerOverlay, whose code is fetched after the
 * first screen (src/app/registry.ts); a click before it arrives is answered as soon as it does.
 */
import { useEffect } from 'react';
import type { MapMouseEvent } from 'maplibre-gl';
import { clickClaimedByOverlay } from '../../map/clickClaims';
import { useMap } from '../../map/MapContext';
import { useAppStore } from '../../state/store';

export function PlannerProbe() {
  const map = useMap();
  useEffect(() => {
    if (!map) return;
    const onClick = (event: MapMouseEvent) => {
      const { mode: current, setProbe } = useAppStore.getState();
      if (current !== 'explore' || clickClaimedByOverlay(map, event.point)) return;
      setProbe([Number(event.lngLat.lng.toFixed(5)), Number(event.lngLat.lat.toFixed(5))]);
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
    };
  }, [map]);
  return null;
}
