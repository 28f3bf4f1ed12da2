/**
 * Error boundaries: one at the root (a failure during start-up shows a message with a way out instead of a white
 * page) and one around each feature's panel, tool and overlay (a failure there shows a message in that place —
 * or, for what has no place of its own, a notice — with "try again" and "clear this feature's stored data",
 * while the map and the other features keep working).
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
  /** Where it is shown: a panel shows the message in place; 'quiet' (map overlays, tools) shows a notice. */
  place: 'panel' | 'quiet';
  reset?: ResetStoredData;
  children: ReactNode;
}

function FeatureFailure({
  labelKey,
  error,
  reset,
  onRetry,
}: {
  labelKey: string;
  error: Error;
  reset?: ResetStoredData;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const feature = t(labelKey);
  return (
    <div className="feature-failure" role="alert">
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
                });
            }}
          >
            {t('failure.reset')}
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

export class FeatureBoundary extends Component<BoundaryProps, { error: Error | null; attempt: number }> {
  state: { error: Error | null; attempt: number } = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Feature failed (${this.props.labelKey}):`, error, info.componentStack ?? '');
    if (this.props.place === 'quiet') {
      try {
        useAppStore.getState().notify('notice.featureFailed', { feature: i18next.t(this.props.labelKey) }, 'error');
      } catch {
        // the store itself failed: the root boundary takes over
      }
    }
  }

  private retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  render() {
    const { error, attempt } = this.state;
    if (!error) return <Attempt key={attempt}>{this.props.children}</Attempt>;
    if (this.props.place === 'quiet') return null;
    return (
      <FeatureFailure labelKey={this.props.labelKey} error={error} reset={this.props.reset} onRetry={this.retry} />
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
