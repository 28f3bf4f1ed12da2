/**
 * Main-thread side of the site-check worker. Each call is a job with progress and a cancel that really stops
 * the work: the worker is terminated (a parse that runs synchronously cannot be interrupted otherwise) and a
 * fresh one is started for the next job, with the plan index sent again. Where Worker is unavailable the
 * handler runs in-process, so callers never branch.
 */
import type { CrsId } from '../../geo/crs';
import type { Parcel } from '../../geo/parcels/types';
import type { PlanFeature } from '../../geo/schema';
import { handleSiteRequest, type SiteRequest, type SiteResponse, type SiteWorkerState } from './protocol';

type Final = Exclude<SiteResponse, { type: 'progress' }>;
type Progress = (stage: 'import' | 'report', fraction: number) => void;

interface Pending {
  resolve: (response: Final) => void;
  progress?: Progress;
}

export interface Job<T> {
  promise: Promise<T>;
  cancel: () => void;
}

/** Thrown (as a rejection) by a cancelled job. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

export class SiteCheckClient {
  private worker: Worker | null = null;
  private readonly local: SiteWorkerState = { index: null };
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private plan: { features: PlanFeature[]; counties: GeoJSON.FeatureCollection } | null = null;
  private planned: Promise<void> | null = null;

  private ensureWorker(): Worker | null {
    if (this.worker || typeof Worker === 'undefined') return this.worker;
    try {
      const worker = new Worker(new URL('./sitecheck.worker.ts', import.meta.url), {
        type: 'module',
        name: 'sitecheck',
      });
      worker.onmessage = (event: MessageEvent<SiteResponse>) => this.receive(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        this.failAll('worker failed');
        worker.terminate();
        if (this.worker === worker) this.worker = null;
      };
      this.worker = worker;
      this.planned = null;
    } catch {
      this.worker = null;
    }
    return this.worker;
  }

  private receive(response: SiteResponse): void {
    const entry = this.pending.get(response.id);
    if (!entry) return;
    if (response.type === 'progress') {
      entry.progress?.(response.stage, response.fraction);
      return;
    }
    this.pending.delete(response.id);
    entry.resolve(response);
  }

  private failAll(message: string): void {
    for (const [id, entry] of this.pending)
      entry.resolve({ type: 'error', id, code: 'failed', zh: message, en: message });
    this.pending.clear();
  }

  private send(request: SiteRequest, progress?: Progress, transfer: Transferable[] = []): Promise<Final> {
    return new Promise<Final>((resolve) => {
      this.pending.set(request.id, { resolve, progress });
      const worker = this.ensureWorker();
      if (worker) worker.postMessage(request, transfer);
      else void handleSiteRequest(this.local, request, (response) => this.receive(response));
    });
  }

  /** Sends the plan (once per worker); later jobs wait for it. */
  private ensurePlan(): Promise<void> {
    if (!this.plan) return Promise.resolve();
    this.ensureWorker();
    this.planned ??= this.send({ type: 'plan', id: this.nextId++, ...this.plan }).then(() => undefined);
    return this.planned;
  }

  /** The plan the reports are computed against (all features, and the county polygons for districts). */
  setPlan(features: PlanFeature[], counties: GeoJSON.FeatureCollection): void {
    this.plan = { features, counties };
    this.planned = null;
    void this.ensurePlan();
  }

  get hasPlan(): boolean {
    return this.plan !== null;
  }

  private job<T>(run: (id: number) => Promise<T>): Job<T> {
    const id = this.nextId++;
    let cancelled = false;
    let rejectCancel: (error: Error) => void = () => {};
    const cancelPromise = new Promise<never>((_, reject) => {
      rejectCancel = reject;
    });
    const promise = Promise.race([
      this.ensurePlan().then(() => {
        if (cancelled) throw new Cancelled();
        return run(id);
      }),
      cancelPromise,
    ]);
    return {
      promise,
      cancel: () => {
        if (cancelled) return;
        cancelled = true;
        // Stop everything the worker is doing; other pending jobs get an error and may be retried.
        this.pending.delete(id);
        this.worker?.terminate();
        this.worker = null;
        this.planned = null;
        this.failAll('cancelled');
        rejectCancel(new Cancelled());
      },
    };
  }

  /** Imports a file (bytes are copied; the caller keeps its own) and computes its report. */
  importFile(name: string, bytes: ArrayBuffer, crs: CrsId | undefined, progress: Progress) {
    return this.job((id) => {
      const copy = bytes.slice(0);
      return this.send({ type: 'import', id, name, bytes: copy, crs }, progress, [copy]);
    });
  }

  report(parcels: Parcel[], progress: Progress) {
    return this.job((id) => this.send({ type: 'report', id, parcels }, progress));
  }
}

let client: SiteCheckClient | null = null;
/** The page's site-check worker client. */
export function siteCheckClient(): SiteCheckClient {
  client ??= new SiteCheckClient();
  return client;
}
