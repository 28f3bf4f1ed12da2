/** The plan-tracking history (src/data/history.ts) as React state, fetched on first use; `enabled` false waits. */
import { useEffect, useState } from 'react';
import { loadHistory, type HistoryState } from '../data/history';

export function useHistory(enabled = true): HistoryState {
  const [state, setState] = useState<HistoryState>({ status: 'loading' });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadHistory().then(
      (file) => live && setState({ status: 'ready', file }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [enabled]);
  return state;
}
