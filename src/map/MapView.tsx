/**
 * The MapLibre map and its two-way link with the store: store → map for layers, opacity, language, selection and
 * camera requests; map → store for the camera and clicks. Overlay components get the map through MapContext.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import maplibregl, { type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../debugHandle';
import { useTranslation } from 'react-i18next';
import { LAYERS } from '../catalog/layers';
import { basemapUrls } from '../data/geodata';
import { groupByCategory, useVisibleFeatures } from '../state/derived';
import { useAppStore } from '../state/store';
import { CITY_BOUNDS } from '../state/slices/view';
import { labelField, labelSourceId, sourceId, type LayerMetadata } from './catalogLayers';
import { installGlyphRasterizer } from './glyphs';
import { MAPLIBRE_CONTROL_STRINGS, MAPLIBRE_LOCALE } from '../i18n/maplibre';
import type { Language } from '../i18n';
import { labelPoints } from '../geo/labelPoints';
import { MapContext } from './MapContext';
import { SELECTION_SOURCE, buildStyle, onlineBasemapFromEnv } from './style';

const PLAN_LAYER_PREFIXES = LAYERS.map((l) => `${l.id}-`);
const isPlanLayer = (id: string) => PLAN_LAYER_PREFIXES.some((p) => id.startsWith(p));

/** Frames the city beside the side panel on wide screens, above the bottom sheet on phones. */
function framePadding() {
  return window.innerWidth > 640
    ? { top: 16, bottom: 36, left: 340, right: 56 }
    : { top: 12, bottom: 64, left: 12, right: 12 };
}

/** Re-applies MapLibre's UI strings (set once when a control is added) in another language. */
function localizeMapControls(map: MapLibreMap, language: Language) {
  const strings = MAPLIBRE_LOCALE[language];
  (map as unknown as { _locale: Record<string, string> })._locale = {
    ...(map as unknown as { _locale: Record<string, string> })._locale,
    ...strings,
  };
  map.getCanvas().setAttribute('aria-label', strings['Map.Title']!);
  const container = map.getContainer();
  for (const [selector, key] of MAPLIBRE_CONTROL_STRINGS) {
    for (const element of container.querySelectorAll<HTMLElement>(selector)) {
      element.title = strings[key]!;
      element.setAttribute('aria-label', strings[key]!);
    }
  }
}

interface Props {
  /** Whether the start-up URL already fixed the camera (otherwise the whole city is framed). */
  cameraFromUrl: boolean;
  onFailure: (reason: string) => void;
  children?: ReactNode;
}

export function MapView({ cameraFromUrl, onFailure, children }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const visible = useAppStore((s) => s.visible);
  const opacity = useAppStore((s) => s.opacity);
  const selectedId = useAppStore((s) => s.selectedId);
  const byId = useAppStore((s) => s.data.byId);
  const cameraRequest = useAppStore((s) => s.cameraRequest);
  const features = useVisibleFeatures();

  // Create the map once.
  useEffect(() => {
    let disposed = false;
    let instance: MapLibreMap | undefined;
    // The basemap sources are URLs of the served geodata files: MapLibre's worker fetches and parses them.
    void Promise.resolve(basemapUrls()).then((basemap) => {
      if (disposed || !container.current) return;
      const { camera, language: startLanguage } = useAppStore.getState();
      try {
        instance = new maplibregl.Map({
          container: container.current,
          style: buildStyle(basemap, startLanguage, onlineBasemapFromEnv(import.meta.env)),
          center: camera.center,
          zoom: camera.zoom,
          bearing: camera.bearing,
          pitch: camera.pitch,
          ...(cameraFromUrl ? {} : { bounds: CITY_BOUNDS, fitBoundsOptions: { padding: framePadding() } }),
          attributionControl: false,
          maxZoom: 17,
          minZoom: 5,
          canvasContextAttributes: { preserveDrawingBuffer: true },
          locale: MAPLIBRE_LOCALE[startLanguage],
        });
      } catch (error) {
        onFailure((error as Error).message);
        return;
      }
      const created = instance;
      installGlyphRasterizer(created);
      created.addControl(new maplibregl.NavigationControl({ visualizePitch: true }), 'top-right');
      created.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
      created.on('moveend', () => {
        const center = created.getCenter();
        useAppStore.getState().setCamera({
          center: [center.lng, center.lat],
          zoom: created.getZoom(),
          bearing: created.getBearing(),
          pitch: created.getPitch(),
        });
      });
      created.on('load', () => {
        if (disposed) return;
        window.zhuzhouPlanMap = { map: created, store: useAppStore };
        setMap(created);
      });
    });
    return () => {
      disposed = true;
      instance?.remove();
      setMap(null);
    };
    // The map is created once; later changes flow through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Plan data → one GeoJSON source per catalog layer.
  useEffect(() => {
    if (!map) return;
    const groups = groupByCategory(features);
    for (const layer of LAYERS) {
      const group = groups.get(layer.id) ?? [];
      map.getSource<GeoJSONSource>(sourceId(layer.id))?.setData({ type: 'FeatureCollection', features: group });
      map.getSource<GeoJSONSource>(labelSourceId(layer.id))?.setData({
        type: 'FeatureCollection',
        features: labelPoints(group),
      });
    }
  }, [map, features]);

  // Visibility and opacity → layout and paint properties.
  useEffect(() => {
    if (!map) return;
    for (const styleLayer of map.getStyle().layers) {
      const metadata = styleLayer.metadata as LayerMetadata | undefined;
      const category = metadata?.['zz:category'];
      if (!category) continue;
      map.setLayoutProperty(styleLayer.id, 'visibility', visible[category] ? 'visible' : 'none');
      for (const [property, base] of Object.entries(metadata['zz:opacity'])) {
        map.setPaintProperty(styleLayer.id, property, base * opacity[category]);
      }
    }
  }, [map, visible, opacity]);

  // Language → label text and MapLibre's own control tooltips.
  useEffect(() => {
    if (!map) return;
    localizeMapControls(map, language);
    for (const styleLayer of map.getStyle().layers) {
      if (styleLayer.type === 'symbol') map.setLayoutProperty(styleLayer.id, 'text-field', labelField(language));
    }
  }, [map, language]);

  // Selection → highlight.
  useEffect(() => {
    if (!map) return;
    const feature = selectedId ? byId.get(selectedId) : undefined;
    map
      .getSource<GeoJSONSource>(SELECTION_SOURCE)
      ?.setData({ type: 'FeatureCollection', features: feature ? [feature] : [] });
  }, [map, selectedId, byId]);

  // Camera requests → fly or jump.
  useEffect(() => {
    if (!map || !cameraRequest) return;
    const { camera, duration, bounds } = cameraRequest;
    if (bounds) {
      map.fitBounds(bounds, { padding: framePadding(), duration, maxZoom: 14 });
      return;
    }
    const options = { ...camera, duration };
    if (duration > 0) map.flyTo({ ...options, essential: true });
    else map.jumpTo(camera);
  }, [map, cameraRequest]);

  // Clicks on plan features select them (in the modes that don't claim clicks for themselves).
  useEffect(() => {
    if (!map) return;
    const planLayers = () => map.getStyle().layers.filter((l) => isPlanLayer(l.id) && !/-label(-area)?$/.test(l.id));
    const onClick = (event: maplibregl.MapMouseEvent) => {
      const { mode, select } = useAppStore.getState();
      if (mode !== 'explore' && mode !== 'story') return;
      const layers = planLayers().map((l) => l.id);
      const hits = map.queryRenderedFeatures(
        [
          [event.point.x - 4, event.point.y - 4],
          [event.point.x + 4, event.point.y + 4],
        ],
        { layers },
      );
      const id = hits[0]?.properties?.id as string | undefined;
      select(id ?? null);
    };
    const onMove = (event: maplibregl.MapMouseEvent) => {
      const { mode } = useAppStore.getState();
      if (mode !== 'explore' && mode !== 'story') return;
      const hits = map.queryRenderedFeatures(event.point, { layers: planLayers().map((l) => l.id) });
      map.getCanvas().style.cursor = hits.length > 0 ? 'pointer' : '';
    };
    map.on('click', onClick);
    map.on('mousemove', onMove);
    return () => {
      map.off('click', onClick);
      map.off('mousemove', onMove);
    };
  }, [map]);

  return (
    <MapContext.Provider value={map}>
      <div
        ref={container}
        className="map"
        role="region"
        aria-label={t('map.label')}
        data-ready={map ? 'true' : 'false'}
      />
      {children}
    </MapContext.Provider>
  );
}
