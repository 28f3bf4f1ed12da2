/**
 * The site check's store slice: imported layers (kept in IndexedDB, see ./persistence.ts), their reports
 * (recomputed, never stored), the running import and the last message. Layer changes are saved as they happen.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from '../../state/store';

declare module '../../state/store' {
  interface AppState extends SiteCheckSlice {}
}
import { deleteLayer, saveLayer } from './persistence';
import type { OrphanRecord } from './storedLayer';
import type { ReportState, SiteJob, SiteLayer, SiteMessage } from './types';

export interface SiteSelection {
  layerId: string;
  /** The parcel's index in the layer (= its map feature id). */
  index: number;
  /** Where it was clicked: a map click scrolls the table to the row, a table click frames the parcel. */
  origin: 'map' | 'table';
}

export interface SiteCheckSlice {
  siteLayers: SiteLayer[];
  siteReports: Record<string, ReportState>;
  /** The layer whose report the site-check panel shows. */
  siteActiveId: string | null;
  siteJob: SiteJob | null;
  siteMessage: SiteMessage | null;
  /** The layer whose printable report is open (the print view lives in the map, for its snapshot). */
  sitePrintId: string | null;
  /** Replaces all layers (restore from IndexedDB, or another tab changed them; not saved again). */
  restoreSiteLayers: (layers: SiteLayer[]) => void;
  /**
   * Layers whose parcels record is missing or unreadable: kept (with their original file) and shown as damaged,
   * to be rebuilt from the kept file or removed — never deleted silently.
   */
  siteDamaged: Record<string, 'missing' | 'damaged'>;
  /**
   * Parcels and original files kept in IndexedDB that no layer record lists (an older version's two-tab bug):
   * offered to recover as layers or delete, never deleted without the user's word.
   */
  siteOrphans: (OrphanRecord & { failed?: boolean })[];
  setSiteOrphans: (orphans: (OrphanRecord & { failed?: boolean })[]) => void;
  /** A file whose coordinate system could not be decided: the panel offers the select to import it again. */
  siteCrsRetry: string | null;
  setSiteCrsRetry: (fileName: string | null) => void;
  setSiteDamaged: (id: string, damage: 'missing' | 'damaged' | null) => void;
  /** Adds a layer or replaces the one with the same id (re-import), and saves its record (the worker saved the parcels). */
  putSiteLayer: (layer: SiteLayer) => Promise<void>;
  /** The tiles URL of each layer's map data (parcelMap.tileUrl; served by the worker), by layer. */
  siteMapUrls: Record<string, string>;
  setSiteMapUrl: (id: string, url: string | null) => void;
  patchSiteLayer: (
    id: string,
    patch: Partial<Pick<SiteLayer, 'name' | 'visible' | 'opacity' | 'shape' | 'reference'>>,
  ) => void;
  /** The selected parcel (clicked on the map or in the table): highlighted on the map, its row marked. */
  siteSelection: SiteSelection | null;
  setSiteSelection: (selection: SiteSelection | null) => void;
  removeSiteLayer: (id: string) => void;
  setSiteReport: (id: string, report: ReportState) => void;
  setSiteActive: (id: string | null) => void;
  setSiteJob: (job: SiteJob | null) => void;
  setSiteMessage: (message: SiteMessage | null) => void;
  setSitePrint: (id: string | null) => void;
  /**
   * Files dropped on the map before the site-check code had loaded (caught by EarlyDrop.tsx, on the first
   * screen): the overlay imports them as soon as it is in place.
   */
  sitePendingDrop: File[] | null;
  setSitePendingDrop: (files: File[] | null) => void;
  /** Whether the site-check overlay (with its own drop handling) is mounted. */
  siteDropReady: boolean;
  setSiteDropReady: (ready: boolean) => void;
}

/** The statistics-subject id of a parcel layer (see StatsPanel: a parcel layer as the statistics area). */
export const statsSubjectId = (layerId: string) => `sitecheck:${layerId}`;

export const createSiteCheckSlice: StateCreator<AppState, [], [], SiteCheckSlice> = (set, get) => {
  const saveFailed = (error: unknown) =>
    set({
      siteMessage: {
        level: 'error',
        key: 'sitecheck.failedSave',
        values: {},
        reason: { zh: String(error), en: String(error) },
      },
    });
  return {
    siteLayers: [],
    siteReports: {},
    siteActiveId: null,
    siteJob: null,
    siteMessage: null,
    sitePrintId: null,
    siteSelection: null,
    setSiteSelection: (siteSelection) => set({ siteSelection }),
    siteMapUrls: {},
    setSiteMapUrl: (id, url) => {
      const urls = { ...get().siteMapUrls };
      if (url) urls[id] = url;
      else delete urls[id];
      set({ siteMapUrls: urls });
    },
    restoreSiteLayers: (siteLayers) =>
      set((s) => ({
        siteLayers,
        siteActiveId:
          s.siteActiveId && siteLayers.some((l) => l.id === s.siteActiveId)
            ? s.siteActiveId
            : (siteLayers[siteLayers.length - 1]?.id ?? null),
      })),
    siteDamaged: {},
    siteOrphans: [],
    setSiteOrphans: (siteOrphans) => set({ siteOrphans }),
    siteCrsRetry: null,
    setSiteCrsRetry: (siteCrsRetry) => set({ siteCrsRetry }),
    setSiteDamaged: (id, damage) =>
      set((s) => {
        const next = { ...s.siteDamaged };
        if (damage) next[id] = damage;
        else delete next[id];
        return { siteDamaged: next };
      }),
    putSiteLayer: async (layer) => {
      const list = get().siteLayers;
      const next = list.some((l) => l.id === layer.id)
        ? list.map((l) => (l.id === layer.id ? layer : l))
        : [...list, layer];
      const selection = get().siteSelection;
      const orphans = get().siteOrphans;
      set({
        siteLayers: next,
        siteActiveId: layer.id,
        siteSelection: selection?.layerId === layer.id ? null : selection,
        // A recovered orphan is a layer now.
        ...(orphans.some((o) => o.id === layer.id) ? { siteOrphans: orphans.filter((o) => o.id !== layer.id) } : {}),
      });
      get().setSiteDamaged(layer.id, null);
      try {
        await saveLayer(layer);
      } catch (error) {
        saveFailed(error);
      }
    },
    patchSiteLayer: (id, patch) => {
      const next = get().siteLayers.map((l) => (l.id === id ? { ...l, ...patch } : l));
      set({ siteLayers: next });
      const layer = next.find((l) => l.id === id);
      if (layer) saveLayer(layer).catch(saveFailed);
    },
    removeSiteLayer: (id) => {
      const next = get().siteLayers.filter((l) => l.id !== id);
      const reports = { ...get().siteReports };
      delete reports[id];
      get().setSiteMapUrl(id, null);
      const subject = get().statsSubject;
      set({
        siteLayers: next,
        siteReports: reports,
        siteActiveId: get().siteActiveId === id ? (next[next.length - 1]?.id ?? null) : get().siteActiveId,
        sitePrintId: get().sitePrintId === id ? null : get().sitePrintId,
        siteSelection: get().siteSelection?.layerId === id ? null : get().siteSelection,
        statsSubject: subject?.kind === 'polygon' && subject.id === statsSubjectId(id) ? null : subject,
      });
      get().setSiteDamaged(id, null);
      deleteLayer(id).catch(saveFailed);
    },
    setSiteReport: (id, report) => set((s) => ({ siteReports: { ...s.siteReports, [id]: report } })),
    setSiteActive: (siteActiveId) => set({ siteActiveId }),
    setSiteJob: (siteJob) => set({ siteJob }),
    setSiteMessage: (siteMessage) => set({ siteMessage }),
    setSitePrint: (sitePrintId) => set({ sitePrintId }),
    sitePendingDrop: null,
    setSitePendingDrop: (sitePendingDrop) => set({ sitePendingDrop }),
    siteDropReady: false,
    setSiteDropReady: (siteDropReady) => set({ siteDropReady }),
  };
};
