/**
 * Main-thread side of the statistics worker: promise-returning calls over the typed protocol. Where Worker is
 * unavailable (unit tests, very old browsers) the same handler runs in-process, so callers never branch; its
 * code (turf's polygon clipping) is then fetched on first use, never with the first screen.
 */
import type { Position } from 'geojson';
import type { PlanFeature } from '../../geo/schema';
import type { CountyCollection } from '../../geo/stats';
import type { StatsRequest, StatsResponse, StatsTarget, StatsWorkerState } from './statsProtocol';

/** The handler, in-process. */
async function handleLocally(state: StatsWorkerState, request: StatsRequest): Promise<StatsResponse> {
  const { handleStatsRequest } = await import('./statsProtocol');
  return handleStatsRequest(state, request);
}

type Pending = { resolve: (response: StatsResponse) => void };
type Body<T extends StatsRequest['type']> = Omit<Extract<StatsRequest, { type: T }>, 'id' | 'type'>;

export class StatsClient {
  private worker: Worker | null = null;
  private readonly local: StatsWorkerState = { index: null };
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** The last load, replayed in-process if the worker dies. */
  private lastLoad: Body<'load'> | null = null;

  constructor(createWorker?: () => Worker) {
    if (typeof Worker === 'undefined') return;
    try {
      this.worker =
        createWorker?.() ??
        new Worker(new URL('./stats.worker.ts', import.meta.url), { type: 'module', name: 'stats' });
      this.worker.onmessage = (event: MessageEvent<StatsResponse>) => {
        const entry = this.pending.get(event.data.id);
        this.pending.delete(event.data.id);
        entry?.resolve(event.data);
      };
      this.worker.onerror = () => {
        // A worker that fails to start: answer everything pending with an error and fall back to in-process.
        for (const [id, entry] of this.pending)
          entry.resolve({ type: 'error', id, code: 'failed', message: 'worker failed' });
        this.pending.clear();
        this.worker?.terminate();
        this.worker = null;
        if (this.lastLoad) void handleLocally(this.local, { type: 'load', id: 0, ...this.lastLoad });
      };
    } catch {
      this.worker = null;
    }
  }

  /** True when requests run off the main thread. */
  get offMainThread(): boolean {
    return this.worker !== null;
  }

  private send<T extends StatsRequest['type']>(type: T, body: Body<T>): Promise<StatsResponse> {
    const request = { ...body, type, id: this.nextId++ } as unknown as StatsRequest;
    if (!this.worker) return handleLocally(this.local, request);
    return new Promise((resolve) => {
      this.pending.set(request.id, { resolve });
      this.worker!.postMessage(request);
    });
  }

  load(features: PlanFeature[], counties?: CountyCollection) {
    const body = counties ? { features, counties } : { features };
    this.lastLoad = { features, counties: counties ?? this.lastLoad?.counties };
    return this.send('load', body);
  }

  stats(target: StatsTarget) {
    return this.send('stats', { target });
  }

  whatIsHere(point: Position) {
    return this.send('whatIsHere', { point });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
  }
}
