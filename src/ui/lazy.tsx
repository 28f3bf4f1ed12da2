/**
 * Code loaded when first used: a component from a dynamic import(), shown with a visible loading state and,
 * when its chunk cannot be fetched (offline before the app was installed, a deployment replaced the files), a
 * clear message with a retry instead of a blank panel. Used by the registry (src/app/registry.ts).
 */
import {
  Component,
  Suspense,
  lazy,
  useEffect,
  useState,
  type ComponentType,
  type ErrorInfo,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from '../map/MapContext';
import { useAppStore, type AppState } from '../state/store';
import './lazy.css';

// This module exports component factories, not components: editing it reloads the page instead of hot-swapping.
/* eslint-disable react-refresh/only-export-components */

/** Where the component appears: inside a panel (inline status) or floating over the map (a mode's tool). */
export type LazyPlace = 'panel' | 'map';

function LoadFailed({ place, onRetry }: { place: LazyPlace; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={`lazy-status lazy-${place} lazy-failed`} role="alert">
      <p>{t('offline.loadFailed')}</p>
      <button type="button" onClick={onRetry}>
        {t('offline.retry')}
      </button>
    </div>
  );
}

function Loading({ place }: { place: LazyPlace }) {
  const { t } = useTranslation();
  return (
    <p className={`lazy-status lazy-${place}`} role="status">
      {t('offline.loadingTool')}
    </p>
  );
}

/** A chunk (or the data it needs) could not be fetched: told apart from a failure while the code runs. */
class LoadFailure extends Error {
  constructor(readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'LoadFailure';
  }
}

const loadOrFail = (load: () => Promise<ComponentType>) => () =>
  load().then(
    (component) => ({ default: component }),
    (error: unknown) => {
      throw new LoadFailure(error);
    },
  );

/**
 * Shows "could not load" for a chunk that failed to arrive. A failure of the loaded code itself is passed on
 * (thrown again) to the feature's error boundary (ui/ErrorBoundary.tsx), which says what it is.
 */
class LoadBoundary extends Component<
  { place: LazyPlace; onRetry: () => void; quiet?: boolean; children: ReactNode },
  { failed: boolean; error: unknown }
> {
  state: { failed: boolean; error: unknown } = { failed: false, error: null };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    if (!(error instanceof LoadFailure)) return;
    // Reported as a warning: the message on screen says what happened; the console keeps the details.
    console.warn('Could not load a part of the app:', error.message, info.componentStack ?? '');
  }

  render() {
    if (!this.state.failed) return this.props.children;
    if (!(this.state.error instanceof LoadFailure)) throw this.state.error;
    return this.props.quiet ? null : <LoadFailed place={this.props.place} onRetry={this.props.onRetry} />;
  }
}

/** A component whose code is fetched on first render. `load` resolves to the component. */
export function lazyComponent(load: () => Promise<ComponentType>, place: LazyPlace): ComponentType {
  const Loaded = lazy(loadOrFail(load));
  function LazyComponent() {
    return (
      // Browsers remember a module that failed to load, so "retry" reloads the page; the link keeps the view.
      <LoadBoundary place={place} onRetry={() => window.location.reload()}>
        <Suspense fallback={<Loading place={place} />}>
          <Loaded />
        </Suspense>
      </LoadBoundary>
    );
  }
  return LazyComponent;
}

/**
 * A map overlay whose code is fetched once the first screen is done: after the map has drawn the plan data and
 * the browser is idle — or at once when `needed(state)` says the user is already using it. It draws nothing
 * until then (and nothing if its chunk cannot be fetched).
 */
export function deferredOverlay(
  load: () => Promise<ComponentType>,
  needed: (state: AppState) => boolean = () => false,
): ComponentType {
  const Loaded = lazy(loadOrFail(load));
  function DeferredOverlay() {
    const map = useMap();
    const dataLoading = useAppStore((s) => s.data.status === 'loading');
    const wanted = useAppStore(needed);
    const [due, setDue] = useState(false);
    if (wanted && !due) setDue(true);
    useEffect(() => {
      if (!map || dataLoading || due) return;
      // The map's next idle comes after it drew the data just handed to it (the plan layers' setData).
      let idleHandle: number | undefined;
      const schedule = () => {
        map.off('idle', schedule);
        window.clearTimeout(fallback);
        idleHandle =
          typeof window.requestIdleCallback === 'function'
            ? window.requestIdleCallback(() => setDue(true), { timeout: 1500 })
            : window.setTimeout(() => setDue(true), 200);
      };
      map.on('idle', schedule);
      const fallback = window.setTimeout(schedule, 5000); // a map that never reports idle still gets it
      return () => {
        map.off('idle', schedule);
        window.clearTimeout(fallback);
        if (idleHandle === undefined) return;
        if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idleHandle);
        else window.clearTimeout(idleHandle);
      };
    }, [map, dataLoading, due]);
    if (!due) return null;
    return (
      <LoadBoundary place="map" onRetry={() => undefined} quiet>
        <Suspense fallback={null}>
          <Loaded />
        </Suspense>
      </LoadBoundary>
    );
  }
  return DeferredOverlay;
}
