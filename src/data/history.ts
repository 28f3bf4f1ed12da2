/**
 * The plan-tracking history (geodata/history/history.json, built from geodata/sources/history/): fetched once, on
 * first use — by the tracking view, or by near me's "since a year" restriction — never on the first screen. The
 * statuses derived from it are in src/geo/history.ts.
 */
import historyUrl from '../../geodata/history/history.json?url';
import type { HistoryFile } from '../geo/history';

let loading: Promise<HistoryFile> | null = null;

/** The history file, fetched once (a failed fetch is tried again on the next call). */
export function loadHistory(): Promise<HistoryFile> {
  loading ??= fetch(historyUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`history.json: HTTP ${response.status}`);
      return response.json() as Promise<HistoryFile>;
    })
    .then((file) => {
      if (file?.version !== 1 || typeof file.features !== 'object') throw new Error('history.json: unknown format');
      return file;
    })
    .catch((error: unknown) => {
      loading = null; // a later attempt may succeed
      throw error;
    });
  return loading;
}

export type HistoryState = { status: 'loading' } | { status: 'ready'; file: HistoryFile } | { status: 'error' };
