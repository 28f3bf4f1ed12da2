/**
 * Main-thread side of the site-check worker. Each call is a job with progress and a cancel that really stops
 * the work: the worker is terminated (a parse that runs synchronously cannot be interrupted otherwise) and a
 * fresh one is started for the next job, with the plan index sent again. Where Worker is unavailable the
 * handler runs in-process, so callers never branch.
 */
import type { CrsId } from '../../geo/crs';
import type { PlanFeature } from '../../geo/schema';
import type { SiteRequest, SiteResponse, SiteWorkerState } from './protocol';

export type Final = Exclude<SiteResponse, { type: 'progress' } | { type: 'imported' } | { type: 'saveFailed' }>;
export type Imported = Extract<SiteResponse, { type: 'imported' }>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Progress = (stage: 'import' | 'report', fraction: number) => void;

interface Pending {
  resolve: (response: Final) => void;
  progress?: Progress;
  imported?: (response: Imported) => void;
  saveFailed?: (message: string) => void;
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

/** The worker died (out of memory, a crash): said in both languages, with advice. */
const WORKER_FAILED = {
  zh: '后台处理意外中止（可能是文件过大或内存不足）。请关闭其他标签页后重试，或把文件拆成几个较小的文件。',
  en: 'The background processing stopped unexpectedly (the file may be too large, or memory ran out). Close other tabs and try again, or split the file into smaller ones.',
};

export class SiteCheckClient {
  private worker: Worker | null = null;
  /** In-process fallback (loaded only when there is no Worker: the parsers stay out of the main bundle). */
  private local: Promise<{ state: SiteWorkerState; handle: typeof import('./protocol').handleSiteRequest }> | null =
    null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private plan: { features: PlanFeature[]; counties: GeoJSON.FeatureCollection } | null = null;
  private planned: Promise<void> | null = null;
  /** The imported layer used as the reference zoning, if any (sent with the plan). */
  private reference: { layerId: string; name: string } | null = null;

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
        this.failAll(WORKER_FAILED);
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
    if (response.type === 'imported') {
      entry.imported?.(response);
      return;
    }
    if (response.type === 'saveFailed') {
      entry.saveFailed?.(response.message);
      return;
    }
    this.pending.delete(response.id);
    entry.resolve(response);
  }

  private failAll(message: string | { zh: string; en: string }): void {
    const text = typeof message === 'string' ? { zh: message, en: message } : message;
    for (const [id, entry] of this.pending) entry.resolve({ type: 'error', id, code: 'failed', ...text });
    this.pending.clear();
  }

  private send(request: SiteRequest, entry: Omit<Pending, 'resolve'> = {}, transfer: Transferable[] = []) {
    return new Promise<Final>((resolve) => {
      this.pending.set(request.id, { resolve, ...entry });
      const worker = this.ensureWorker();
      if (worker) worker.postMessage(request, transfer);
      else {
        this.local ??= import('./protocol').then((m) => ({ state: m.newWorkerState(), handle: m.handleSiteRequest }));
        void this.local.then(({ state, handle }) => handle(state, request, (response) => this.receive(response)));
      }
    });
  }

  /** Sends the plan (once per worker); later jobs wait for it. */
  private ensurePlan(): Promise<void> {
    if (!this.plan) return Promise.resolve();
    this.ensureWorker();
    this.planned ??= this.send({ type: 'plan', id: this.nextId++, ...this.plan, reference: this.reference }).then(
      () => undefined,
    );
    return this.planned;
  }

  /**
   * Uses an imported layer's zone polygons as the reference zoning (null: the plan's schematic zones again).
   * Resolves with the worker's answer ('planned' with the zone count, or an error; then the plan's zones stay).
   */
  async setReference(reference: { layerId: string; name: string } | null): Promise<Final | null> {
    if (!this.plan) return null;
    this.ensureWorker();
    const previous = this.reference;
    this.reference = reference;
    const answer = this.send({ type: 'plan', id: this.nextId++, ...this.plan, reference });
    this.planned = answer.then(() => undefined);
    const response = await answer;
    if (response.type === 'error') {
      this.reference = previous;
      this.planned = null;
      await this.ensurePlan();
    }
    return response;
  }

  get referenceLayerId(): string | null {
    return this.reference?.layerId ?? null;
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

  private job(run: (id: number) => Promise<Final>): Job<Final> {
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
        // Stop everything the worker is doing; other pending jobs get an error and are retried by the caller.
        this.pending.delete(id);
        this.worker?.terminate();
        this.worker = null;
        this.planned = null;
        this.failAll('cancelled');
        rejectCancel(new Cancelled());
      },
    };
  }

  /**
   * Imports a file into a layer (bytes are copied; the caller keeps its own): `imported` is called as soon as
   * the parcels are read, the promise settles when the report is done (or failed).
   */
  importFile(
    layerId: string,
    name: string,
    bytes: ArrayBuffer,
    options: { crs?: CrsId; keepSource: boolean },
    progress: Progress,
    imported: (response: Imported) => void,
    saveFailed: (message: string) => void,
  ): Job<Final> {
    return this.job((id) => {
      const copy = bytes.slice(0);
      return this.send(
        { type: 'import', id, layerId, name, bytes: copy, crs: options.crs, keepSource: options.keepSource },
        { progress, imported, saveFailed },
        [copy],
      );
    });
  }

  /** Recomputes a layer's report (the worker has its parcels, or reads them from IndexedDB). */
  report(layerId: string, progress: Progress): Job<Final> {
    return this.job((id) => this.send({ type: 'report', id, layerId }, { progress }));
  }

  /**
   * A question about a layer the worker answers from its copy (read from IndexedDB or recomputed when a fresh
   * worker lacks it): a table page, a parcel's table position, an export, its polygons, a saved layer's shape.
   * Waits for the plan (a fresh worker may have to recompute the report). Not cancellable; a cancel elsewhere
   * answers it with an error.
   */
  ask(request: DistributiveOmit<Extract<SiteRequest, { layerId: string }>, 'id'>): Promise<Final> {
    const id = this.nextId++;
    const needsPlan = request.type !== 'summary' && request.type !== 'polygons';
    return (needsPlan ? this.ensurePlan() : Promise.resolve()).then(() => this.send({ ...request, id } as SiteRequest));
  }

  /** Drops the worker's copy of a removed layer. */
  forget(layerId: string): void {
    if (this.worker) void this.send({ type: 'forget', id: this.nextId++, layerId });
  }
}

let client: SiteCheckClient | null = null;
/** The page's site-check worker client. */
export function siteCheckClient(): SiteCheckClient {
  client ??= new SiteCheckClient();
  return client;
}
