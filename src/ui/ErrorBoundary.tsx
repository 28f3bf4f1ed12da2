/**
 * Error boundaries: one at the root (a failure during start-up shows a message with a way out instead of a white
 * page) and one around each feature's panel, tool and overlay (a failure there shows a message in that place —
 * a panel in the panel, a mode tool in a card over the map with a way back to 浏览, an overlay with stored data in
 * a card too, anything else as a notice — with "try again" and "clear this feature's stored data", while the map
 * and the other features keep working). Clearing one feature's data gives every failed part another try.
 */
import i18next from 'i18next';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clip } from '../geo/text';
import { useAppStore } from '../state/store';
import './errorBoundary.css';

/** Clears what a feature keeps in this browser (local storage, IndexedDB); the boundary then mounts it again. */
export type ResetStoredData = () => void | Promise<void>;

interface BoundaryProps {
  /** i18n key of the feature's name (for the message). */
  labelKey: string;
  /**
   * Where it is shown: 'panel' shows the message in place; 'tool' (a map mode) in a card over the map, with
   * "back to browsing"; 'overlay' (always on the map) in a card that can be closed — or, without stored data to
   * reset, like 'quiet': a notice only.
   */
  place: 'panel' | 'tool' | 'overlay' | 'quiet';
  reset?: ResetStoredData;
  children: ReactNode;
}

/** The boundaries showing a failure: clearing one feature's data retries them all (they may share the data). */
const failed = new Set<FeatureBoundary>();

function FeatureFailure({
  labelKey,
  error,
  reset,
  onRetry,
  place,
  onClose,
}: {
  labelKey: string;
  error: Error;
  reset?: ResetStoredData;
  onRetry: () => void;
  place: BoundaryProps['place'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const feature = t(labelKey);
  const floating = place === 'tool' || place === 'overlay';
  return (
    <div
      className={`feature-failure${floating ? ` feature-failure-map panel feature-failure-${place}` : ''}`}
      role="alert"
    >
      <h3>{t('failure.title', { feature })}</h3>
      <p>{t('failure.body')}</p>
      <div className="stats-actions">
        <button type="button" onClick={onRetry}>
          {t('failure.retry')}
        </button>
        {reset && (
          <button
            type="button"
            className="feature-reset"
            onClick={() => {
              void Promise.resolve()
                .then(reset)
                .catch(() => undefined)
                .then(() => {
                  useAppStore.getState().notify('failure.resetDone', { feature }, 'info');
                  onRetry();
                  for (const boundary of [...failed]) boundary.retry();
                });
            }}
          >
            {t('failure.reset')}
          </button>
        )}
        {place === 'tool' && (
          <button
            type="button"
            className="feature-back"
            onClick={() => {
              onClose();
              useAppStore.getState().setMode('explore');
            }}
          >
            {t('failure.backToExplore')}
          </button>
        )}
        {place === 'overlay' && (
          <button type="button" onClick={onClose}>
            {t('failure.close')}
          </button>
        )}
      </div>
      <details>
        <summary>{t('failure.details')}</summary>
        <code>{clip(String(error.message || error), 300)}</code>
      </details>
    </div>
  );
}

interface BoundaryState {
  error: Error | null;
  attempt: number;
  /** The failure card was closed (an overlay): nothing is shown until the next attempt. */
  closed: boolean;
}

export class FeatureBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { error: null, attempt: 0, closed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  /** Without stored data to reset, an overlay's failure is only a notice. */
  private get quiet() {
    return this.props.place === 'quiet' || (this.props.place === 'overlay' && !this.props.reset);
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Feature failed (${this.props.labelKey}):`, error, info.componentStack ?? '');
    failed.add(this);
    if (this.quiet) {
      try {
        useAppStore.getState().notify('notice.featureFailed', { feature: i18next.t(this.props.labelKey) }, 'error');
      } catch {
        // the store itself failed: the root boundary takes over
      }
    }
  }

  componentWillUnmount() {
    failed.delete(this);
  }

  retry = () => {
    failed.delete(this);
    this.setState((s) => ({ error: null, attempt: s.attempt + 1, closed: false }));
  };

  private close = () => this.setState({ closed: true });

  render() {
    const { error, attempt, closed } = this.state;
    if (!error) return <Attempt key={attempt}>{this.props.children}</Attempt>;
    if (this.quiet || closed) return null;
    return (
      <FeatureFailure
        labelKey={this.props.labelKey}
        error={error}
        reset={this.props.reset}
        onRetry={this.retry}
        place={this.props.place}
        onClose={this.close}
      />
    );
  }
}

/** Re-mounts the children after "try again" (a new key). */
const Attempt = ({ children }: { children: ReactNode }) => children;

/** Everything failed (start-up, the store, the shell): a bilingual message without i18n, and a way out. */
export class RootBoundary extends Component<{ reset: ResetStoredData; children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('The app failed:', error, info.componentStack ?? '');
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <RootFailure error={error} reset={this.props.reset} />;
  }
}

export function RootFailure({ error, reset }: { error: unknown; reset: ResetStoredData }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <main className="root-failure" role="alert">
      <h1>株洲规划一张图 · Zhuzhou Plan Map</h1>
      <p>应用启动时出错。可以重新加载；若仍出错，请清除本应用在本机保存的数据（测量、简报草稿、导入的图层）后重试。</p>
      <p lang="en">
        The app failed to start. Reload it; if it fails again, clear the data it keeps in this browser (measurements,
        briefing draft, imported layers) and try again.
      </p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          重新加载 · Reload
        </button>{' '}
        <button
          type="button"
          className="root-reset"
          onClick={() => {
            void Promise.resolve()
              .then(reset)
              .catch(() => undefined)
              .then(() => window.location.reload());
          }}
        >
          清除本机数据并重新加载 · Clear stored data and reload
        </button>
      </p>
      <details>
        <summary>技术细节 · Technical details</summary>
        <code>{clip(message, 300)}</code>
      </details>
    </main>
  );
}
