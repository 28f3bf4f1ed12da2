/**
 * The MapLibre map and its two-way link with the store: store → map for layers, opacity, language, selection and
 * camera requests; map → store for the camera and clicks. Overlay components get the map through MapContext.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import maplibregl, { type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';
import './debugHandle';
import { useTranslation } from 'react-i18next';
import { LAYERS, LAYER_BY_ID } from '../catalog/layers';
import { PLAN_FILES, type PlanFile } from '../catalog/layerDefinition';
import { basemapUrls, planUrls } from '../data/geodata';
import type { PlanFeature } from '../geo/schema';
import { activeFilterCount } from '../catalog/filter';
import { groupByCategory, useVisibleFeatures } from '../state/derived';
import { useAppStore } from '../state/store';
import { CITY_BOUNDS } from '../state/slices/view';
import { labelField, labelSourceId, planSourceId, type LayerMetadata } from './catalogLayers';
import { installGlyphRasterizer } from './glyphs';
import { MAPLIBRE_CONTROL_STRINGS, MAPLIBRE_LOCALE } from '../i18n/maplibre';
import type { Language } from '../i18n';
import { labelPoints } from './labelPoints';
import { clickClaimedByOverlay } from './clickClaims';
import { MapContext } from './MapContext';
import { SELECTION_SOURCE, buildStyle, onlineBasemapFromEnv } from './style';
import { DISTRICT_SITES_SOURCE, districtSitePoints, isDistrictPlaced, mergedSitesLabel } from './districtSites';

function groupByFile(features: PlanFeature[]): Map<PlanFile, PlanFeature[]> {
  const groups = new Map<PlanFile, PlanFeature[]>();
  for (const feature of features) {
    const file = LAYER_BY_ID.get(feature.properties.category)?.file;
    if (!file) continue;
    const list = groups.get(file);
    if (list) list.push(feature);
    else groups.set(file, [feature]);
  }
  return groups;
}

const PLAN_LAYER_PREFIXES = LAYERS.map((l) => `${l.id}-`);
const isPlanLayer = (id: string) => PLAN_LAYER_PREFIXES.some((p) => id.startsWith(p));

/** Frames the city beside the side panel on wide screens, above the bottom sheet on phones. */
function framePadding() {
  return window.innerWidth > 640
    ? { top: 44, bottom: 40, left: 340, right: 56 }
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

/** The list behind a district marker: its sites by name, each selecting its feature. */
function openDistrictSites(
  map: MapLibreMap,
  geometry: GeoJSON.Geometry,
  properties: { label: string; ids: string },
  select: (id: string | null) => void,
) {
  if (geometry.type !== 'Point') return;
  const { data, language } = useAppStore.getState();
  const box = document.createElement('div');
  box.className = 'district-sites-popup';
  const title = document.createElement('strong');
  title.textContent = properties.label;
  box.append(title);
  const list = document.createElement('ul');
  for (const id of properties.ids.split(',')) {
    const feature = data.byId.get(id);
    if (!feature) continue;
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.id = id;
    button.textContent = language === 'en' ? feature.properties.name_en : feature.properties.name;
    button.addEventListener('click', () => {
      popup.remove();
      select(id);
    });
    item.append(button);
    list.append(item);
  }
  box.append(list);
  const popup = new maplibregl.Popup({ maxWidth: '320px', className: 'district-sites' })
    .setLngLat(geometry.coordinates as [number, number])
    .setDOMContent(box)
    .addTo(map);
}

/**
 * Zoom limits that match the data: the plan's geometry is at best good to a few hundred metres (points from
 * published coordinates, lines through referenced places, rule-drawn zones), so from zoom 13 (~20 m a pixel)
 * the map says the layers are schematic, and it goes no further than zoom 15.
 */
export const ZOOM_NOTICE_FROM = 13;
export const ZOOM_LIMIT = 15;

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
  const data = useAppStore((s) => s.data);
  const cameraRequest = useAppStore((s) => s.cameraRequest);
  const zoom = useAppStore((s) => s.camera.zoom);
  const features = useVisibleFeatures();

  const [urls] = useState(planUrls);
  /** Which plan sources still show their whole file by URL (true) rather than a filtered list. */
  const wholeFile = useRef(new Map<PlanFile, boolean>());

  // Create the map once.
  useEffect(() => {
    let disposed = false;
    let instance: MapLibreMap | undefined;
    // The basemap sources are URLs of the served geodata files: MapLibre's worker fetches and parses them.
    // So are the plan files: the first screen draws them without waiting for the app's validated copy.
    void Promise.resolve(basemapUrls()).then((basemap) => {
      if (disposed || !container.current) return;
      const { camera, language: startLanguage, visible: startVisible, filter } = useAppStore.getState();
      // A link with a filter starts with empty plan sources (filled once the data are in), so the map never
      // shows, even for a moment, features the filter leaves out.
      const startPlan = activeFilterCount(filter) > 0 ? {} : urls;
      for (const file of PLAN_FILES) wholeFile.current.set(file, startPlan === urls);
      try {
        instance = new maplibregl.Map({
          container: container.current,
          style: buildStyle(basemap, startPlan, startLanguage, onlineBasemapFromEnv(import.meta.env), startVisible),
          center: camera.center,
          zoom: camera.zoom,
          bearing: camera.bearing,
          pitch: camera.pitch,
          ...(cameraFromUrl ? {} : { bounds: CITY_BOUNDS, fitBoundsOptions: { padding: framePadding() } }),
          attributionControl: false,
          maxZoom: ZOOM_LIMIT,
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
      // A geodata file MapLibre cannot fetch or parse is reported to the user by the app's own loader (a notice
      // naming the file); here it is only a warning, so one bad file does not read as an app failure.
      created.on('error', (event: { error?: Error; sourceId?: string }) => {
        if (event.sourceId) console.warn(`Map source ${event.sourceId}:`, event.error?.message ?? event.error);
        else console.error(event.error ?? event);
      });
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
      performance.mark('zz:map-created');
      created.on('load', () => {
        if (disposed) return;
        performance.mark('zz:map-load');
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

  // Plan data → the plan sources and the label points. A source keeps its file's URL while it shows the whole
  // file (no filter narrows it, no feature of it was rejected): nothing is re-sent to MapLibre's worker. A filter
  // or a rejected feature sends the list of the features to show instead.
  useEffect(() => {
    if (!map || data.status === 'loading') return;
    const all = groupByFile(data.features);
    const shown = groupByFile(features);
    const rejected = new Set(data.problems.map((p) => p.file.replace(/\.geojson$/, '')));
    for (const file of PLAN_FILES) {
      const source = map.getSource<GeoJSONSource>(planSourceId(file));
      const list = shown.get(file) ?? [];
      const whole = !rejected.has(file) && urls[file] !== undefined && list.length === (all.get(file)?.length ?? 0);
      if (whole && wholeFile.current.get(file) !== false) continue;
      source?.setData(whole ? urls[file]! : { type: 'FeatureCollection', features: list });
      wholeFile.current.set(file, whole);
    }
    const groups = groupByCategory(features.filter((f) => !isDistrictPlaced(f)));
    for (const layer of LAYERS) {
      map.getSource<GeoJSONSource>(labelSourceId(layer.id))?.setData({
        type: 'FeatureCollection',
        features: labelPoints(groups.get(layer.id) ?? []),
      });
    }
  }, [map, data, features, urls]);

  // Sites known only by district → one counted marker per district (of the visible layers, after the filters).
  useEffect(() => {
    if (!map || data.status === 'loading') return;
    map.getSource<GeoJSONSource>(DISTRICT_SITES_SOURCE)?.setData(districtSitePoints(features, visible, language));
  }, [map, data.status, features, visible, language]);

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
      // (The district markers' text is written per language into their data: src/map/districtSites.ts.)
      if (styleLayer.type === 'symbol' && !styleLayer.id.startsWith('district-sites'))
        map.setLayoutProperty(styleLayer.id, 'text-field', labelField(language));
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
      if (clickClaimedByOverlay(map, event.point)) return;
      const marker = map.queryRenderedFeatures(event.point, { layers: ['district-sites-circle'] })[0];
      if (marker) {
        const properties = marker.properties as {
          label?: string;
          ids: string;
          short: string;
          count: number;
          unit: string;
        };
        const label = properties.label ?? mergedSitesLabel(properties);
        openDistrictSites(map, marker.geometry, { label, ids: properties.ids }, select);
        return;
      }
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
      const hits = map.queryRenderedFeatures(event.point, {
        layers: [...planLayers().map((l) => l.id), 'district-sites-circle'],
      });
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
      {zoom >= ZOOM_NOTICE_FROM && (
        <p className="map-zoom-notice" role="status" data-zoom-limit={zoom >= ZOOM_LIMIT ? 'true' : undefined}>
          {t(zoom >= ZOOM_LIMIT ? 'map.zoomNoticeLimit' : 'map.zoomNotice')}
        </p>
      )}
      {children}
    </MapContext.Provider>
  );
}
