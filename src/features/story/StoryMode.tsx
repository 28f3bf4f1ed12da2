/**
 * Briefing (story) mode: mounted by the toolbar's "简报" tool (or a `chapter=N` link) inside the map context.
 * Flies the camera to each chapter, fades layers in and out, highlights the chapter's features, obeys the
 * keyboard and presentation clickers, keeps the speaker-notes window in step, and shows the chapter panel.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import { inMapFooter } from '../../ui/mapFooterSlot';
import type { Category, PlanFeature } from '../../geo/schema';
import { loc } from '../../i18n';
import {
  chapterFilter,
  chapterLayerState,
  sameFilters,
  sameLayers,
  shownLayers,
  type Camera,
} from '../../data/briefing';
import {
  fadeDuration,
  flightOptions,
  flushDigits,
  framedCamera,
  isNavAction,
  isOffChapterView,
  keyToAction,
  layerFades,
  navigate,
  pressDigit,
  type DigitBuffer,
  type NavAction,
  type StoryAction,
  zoomOffsetFor,
} from './model';
import { NOTES_CHANNEL, notesState, parseNotesMessage, type NotesCommand } from './notesChannel';
import { useMap } from '../../map/MapContext';
import { useAppStore, type AppState } from '../../state/store';
import { toggleFullscreen } from './fullscreen';
import { StoryPanel } from './StoryPanel';
import {
  addHighlight,
  categoryLayers,
  displayedOpacity,
  paintCategory,
  removeHighlight,
  runFades,
  setHighlight,
  setOpacityTransitions,
} from './storyMap';
import './story.css';

/** Whether this page was opened on a story link: the first chapter then appears at once, without a flight. */
const startParams = new URLSearchParams(window.location.search);
let openedOnStoryLink = startParams.has('chapter') || startParams.get('mode') === 'story';

function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches);
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    if (!query) return;
    const onChange = () => setReduced(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return Boolean(reduced);
}

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="dialog"]') !== null);

/** Moves to a chapter through the store (its layers come along, see the story slice). */
function go(action: NavAction) {
  const { storyBriefing, storyChapter, setStoryChapter } = useAppStore.getState();
  if (!storyBriefing) return;
  const target = navigate(action, storyChapter, storyBriefing.chapters.length);
  if (target !== null) setStoryChapter(target);
}

export function StoryMode() {
  const map = useMap();
  const { t } = useTranslation();
  const briefing = useAppStore((s) => s.storyBriefing);
  const index = useAppStore((s) => s.storyChapter);
  const visible = useAppStore((s) => s.visible);
  const opacity = useAppStore((s) => s.opacity);
  const byId = useAppStore((s) => s.data.byId);
  const language = useAppStore((s) => s.language);
  const blank = useAppStore((s) => s.storyBlank);
  const camera = useAppStore((s) => s.camera);
  const selectedId = useAppStore((s) => s.selectedId);
  const filter = useAppStore((s) => s.filter);
  const chapter = briefing?.chapters[index];
  const reducedMotion = usePrefersReducedMotion();
  const stopFade = useRef<(() => void) | null>(null);
  const firstFade = useRef(true);
  const [settledKey, setSettledKey] = useState<string | null>(null);
  const startedAt = useRef(0);

  const flyToChapter = useCallback(
    (target: Camera, instant: boolean) => {
      const options = flightOptions(target, reducedMotion || instant);
      useAppStore
        .getState()
        .requestCamera(
          { center: options.center, zoom: options.zoom, bearing: options.bearing, pitch: options.pitch },
          options.duration,
        );
    },
    [reducedMotion],
  );

  // Story mode owns the opacity animation: MapLibre's own paint transitions are switched off meanwhile.
  useEffect(() => {
    if (!map) return;
    setOpacityTransitions(map, 0);
    addHighlight(map);
    return () => {
      stopFade.current?.();
      stopFade.current = null;
      // Draw exactly what the store says (a fade may have been cut short), then hand the layers back.
      const { visible: v, opacity: o } = useAppStore.getState();
      for (const [id, refs] of categoryLayers(map)) paintCategory(map, refs, v[id] ? o[id] : 0, true);
      removeHighlight(map);
      setOpacityTransitions(map, 300);
      firstFade.current = true;
    };
  }, [map]);

  // The panel covers part of the map: pad the camera so a chapter's centre is the centre of the free area, and
  // zoom so the chapter keeps its framing on a smaller or larger map (phone, projector). On a resize, a map
  // still at the chapter's view is re-framed.
  const panelRef = useRef<HTMLElement>(null);
  const offsetRef = useRef(0);
  const [zoomOffset, setZoomOffset] = useState(0);
  const hasPanel = chapter !== undefined;
  useEffect(() => {
    const panel = panelRef.current;
    if (!map || !panel) return;
    const apply = () => {
      const area = map.getContainer().getBoundingClientRect();
      const padding = storyPadding(panel.getBoundingClientRect(), area);
      const now = map.getPadding();
      const padded = (['top', 'right', 'bottom', 'left'] as const).some(
        (k) => Math.abs((now[k] ?? 0) - padding[k]) > 4,
      );
      const offset = zoomOffsetFor({
        width: area.width - padding.left - padding.right,
        height: area.height - padding.top - padding.bottom,
      });
      if (map.isMoving()) return;
      const { storyBriefing, storyChapter } = useAppStore.getState();
      const current = storyBriefing?.chapters[storyChapter];
      const atView = current && !isOffChapterView(framedCamera(current.camera, offsetRef.current), viewOf(map));
      if (padded) map.setPadding(padding);
      if (offset !== offsetRef.current) {
        offsetRef.current = offset;
        setZoomOffset(offset);
        if (atView) map.jumpTo({ zoom: framedCamera(current.camera, offset).zoom, center: current.camera.center });
      }
    };
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(panel);
    observer.observe(map.getContainer());
    return () => {
      observer.disconnect();
      map.setPadding({ top: 0, right: 0, bottom: 0, left: 0 });
    };
  }, [map, hasPanel]);

  // Layer fades. This effect runs before MapView's (its parent's) effect in the same commit, so the map still
  // shows the previous layers here; the fade starts once MapView has applied the new ones.
  const fadeMs = chapter ? fadeDuration(chapter.camera, reducedMotion) : 0;
  useEffect(() => {
    if (!map) return;
    const layers = categoryLayers(map);
    const from: Partial<Record<Category, number>> = {};
    for (const [id, refs] of layers) from[id] = displayedOpacity(map, refs);
    stopFade.current?.();
    const fades = layerFades({ layers: from }, { layers: shownLayers({ visible, opacity }) });
    const duration = firstFade.current && openedOnStoryLink ? 0 : fadeMs;
    firstFade.current = false;
    let stop: (() => void) | null = null;
    let cancelled = false;
    queueMicrotask(() => {
      if (!cancelled) stop = runFades(map, fades, duration);
    });
    stopFade.current = () => {
      cancelled = true;
      stop?.();
    };
  }, [map, visible, opacity, fadeMs]);

  // Camera: fly to the chapter (jump on a story link's first chapter). Text edits do not move the map.
  const cameraKey = chapter ? `${index}|${JSON.stringify(chapter.camera)}` : '';
  useEffect(() => {
    if (!map || !chapter) return;
    const instant = openedOnStoryLink;
    openedOnStoryLink = false;
    const target = framedCamera(chapter.camera, offsetRef.current);
    if (isOffChapterView(target, viewOf(map))) flyToChapter(target, instant);
    // cameraKey stands for the chapter's camera
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, cameraKey, flyToChapter]);

  // The "back to the chapter view" button is offered once the map has come to rest after the chapter's flight.
  const keyRef = useRef(cameraKey);
  useEffect(() => {
    keyRef.current = cameraKey;
  }, [cameraKey]);
  useEffect(() => {
    if (!map) return;
    const onEnd = () => setSettledKey(keyRef.current);
    map.on('moveend', onEnd);
    return () => {
      map.off('moveend', onEnd);
    };
  }, [map]);

  // Highlighted features of the chapter.
  const highlightKey = chapter?.highlight.join(',') ?? '';
  useEffect(() => {
    if (!map) return;
    const features = highlightKey
      .split(',')
      .map((id) => byId.get(id))
      .filter((f): f is PlanFeature => f !== undefined);
    setHighlight(map, features);
  }, [map, highlightKey, byId]);

  // A chapter with a year shows the plan-tracking view at that year (through the shared store; the tracking
  // feature draws it). Leaving such chapters turns the view off again, if the briefing turned it on.
  const chapterYear = chapter?.year ?? null;
  const yearSet = useRef(false);
  useEffect(() => {
    const state = useAppStore.getState();
    if (chapterYear !== null) {
      yearSet.current = true;
      state.setTrackingYear(chapterYear);
    } else if (yearSet.current) {
      yearSet.current = false;
      state.setTrackingYear(null);
    }
  }, [chapterYear]);

  const returnToChapter = useCallback(() => {
    const state = useAppStore.getState();
    const current = state.storyBriefing?.chapters[state.storyChapter];
    if (!current) return;
    state.resetStoryLayers();
    const target = framedCamera(current.camera, offsetRef.current);
    flyToChapter({ ...target, duration: Math.min(target.duration, 1500) }, false);
  }, [flyToChapter]);

  const perform = useCallback(
    (action: StoryAction | NotesCommand) => {
      const state = useAppStore.getState();
      if (action === 'blank') return state.setStoryBlank(!state.storyBlank);
      if (action === 'fullscreen') return toggleFullscreen();
      if (action === 'exit') return state.setMode('explore');
      if (action === 'reset-view') return returnToChapter();
      if (isNavAction(action)) go(action);
    },
    [returnToChapter],
  );

  // Keyboard and clickers. Capture phase, so the map's own arrow-key panning does not also react.
  useEffect(() => {
    let buffer: DigitBuffer | null = null;
    let timer: number | undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isEditable(event.target)) return;
      const action = keyToAction(event);
      const state = useAppStore.getState();
      if (state.storyBlank) {
        // Any key brings the picture back (and does nothing else), as in presentation software.
        if (action || event.key.length === 1) {
          event.preventDefault();
          event.stopPropagation();
          state.setStoryBlank(false);
        }
        return;
      }
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      if (action.startsWith('jump:')) {
        const count = state.storyBriefing?.chapters.length ?? 0;
        const digit = action === 'jump:10' ? '0' : action.slice(5);
        const pressed = pressDigit(buffer, digit, Date.now(), count);
        buffer = pressed.buffer;
        window.clearTimeout(timer);
        if (pressed.jump !== null) go(`jump:${pressed.jump}`);
        else
          timer = window.setTimeout(() => {
            const n = flushDigits(buffer);
            buffer = null;
            if (n !== null) go(`jump:${n}`);
          }, 700);
        return;
      }
      perform(action);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      window.clearTimeout(timer);
    };
  }, [perform]);

  // Speaker-notes window: same chapter, next chapter preview, clock; it may also send navigation back.
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    startedAt.current = Date.now();
    const bc = new BroadcastChannel(NOTES_CHANNEL);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent) => {
      const message = parseNotesMessage(event.data);
      if (!message) return;
      if (message.type === 'hello') post(useAppStore.getState());
      else if (message.type === 'command') perform(message.command);
    };
    const post = (state: AppState) => {
      if (!state.storyBriefing) return;
      bc.postMessage(
        notesState(state.storyBriefing, state.storyChapter, state.language, startedAt.current, state.storyBlank),
      );
    };
    post(useAppStore.getState());
    return () => {
      bc.postMessage({ type: 'closed' });
      bc.close();
      channel.current = null;
    };
  }, [perform]);
  useEffect(() => {
    if (!briefing || !channel.current) return;
    channel.current.postMessage(notesState(briefing, index, language, startedAt.current, blank));
  }, [briefing, index, language, blank]);

  if (!briefing || !chapter) {
    return (
      <p className="story-unavailable notice notice-error" role="alert">
        {t('story.unavailable')}
      </p>
    );
  }

  const count = briefing.chapters.length;
  const offView =
    settledKey === cameraKey &&
    (isOffChapterView(framedCamera(chapter.camera, zoomOffset), camera) ||
      selectedId !== null ||
      !sameFilters(filter, chapterFilter(chapter)) ||
      !sameLayers({ visible, opacity }, chapterLayerState(chapter)));

  return (
    <>
      <div
        className="story-progress"
        role="progressbar"
        aria-label={t('story.progress')}
        aria-valuemin={1}
        aria-valuemax={count}
        aria-valuenow={index + 1}
        aria-valuetext={t('story.chapterOf', { n: index + 1, count })}
      >
        <div className="story-progress-bar" style={{ width: `${((index + 1) / count) * 100}%` }} />
      </div>
      <StoryPanel ref={panelRef} briefing={briefing} index={index} zoomOffset={zoomOffset} onAction={perform} />
      {offView &&
        inMapFooter(
          <button type="button" className="story-return" onClick={returnToChapter}>
            ⟲ {t('story.backToView')} <kbd>R</kbd>
          </button>,
        )}
      <p className="visually-hidden" aria-live="polite">
        {t('story.goTo', { n: index + 1, title: loc(chapter.title, language) })}
      </p>
      {blank && (
        <div className="story-blank" onClick={() => useAppStore.getState().setStoryBlank(false)}>
          <span className="visually-hidden" role="status">
            {t('story.blanked')}
          </span>
        </div>
      )}
    </>
  );
}

/** The map's current view in the shape of a chapter camera. */
function viewOf(map: MapLibreMap) {
  const here = map.getCenter();
  return {
    center: [here.lng, here.lat] as [number, number],
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  };
}

/**
 * Camera padding for the chapter panel: on wide screens the panel sits at the left (pad left), on phones it is a
 * bottom sheet (pad bottom). Nothing when the panel does not overlap the map.
 */
function storyPadding(panel: DOMRect, map: DOMRect) {
  const padding = { top: 0, right: 0, bottom: 0, left: 0 };
  const overlapsX = panel.right > map.left && panel.left < map.right;
  const overlapsY = panel.bottom > map.top && panel.top < map.bottom;
  if (!overlapsX || !overlapsY || panel.width === 0) return padding;
  if (panel.width > map.width * 0.8) padding.bottom = Math.max(0, Math.round(map.bottom - panel.top));
  else padding.left = Math.max(0, Math.round(panel.right - map.left));
  return padding;
}
