import type { StateCreator } from 'zustand';
import type { AreaUnit, LengthUnitChoice } from '../../geo/units';
import {
  loadMeasurements,
  loadShowMeasurements,
  loadUnits,
  saveMeasurements,
  saveShowMeasurements,
  saveUnits,
  type Measurement,
  type UnitChoice,
} from './measureStorage';
import type { AppState } from '../../state/store';
import type { StatsSubject } from '../../state/types';

export type { StatsSubject };

declare module '../../state/store' {
  interface AppState extends PlannerSlice {}
}

/**
 * The planner tools' state (the filter itself is shared: src/state/slices/filter.ts): the measurements and unit
 * choices (in local storage), the statistics subject and the "what is here?" point.
 */
export interface PlannerSlice {
  measurements: Measurement[];
  /** Adds a measurement or replaces the one with the same id. */
  putMeasurement: (measurement: Omit<Measurement, 'n'> & { n?: number }) => void;
  removeMeasurement: (id: string) => void;
  clearMeasurements: () => void;
  /**
   * Whether the saved measurements (and their labels) are drawn outside measure mode — off by default, so none
   * is left as a stray label on the browse map; remembered in local storage.
   */
  showMeasurements: boolean;
  setShowMeasurements: (show: boolean) => void;
  units: UnitChoice;
  setLengthUnit: (unit: LengthUnitChoice) => void;
  setAreaUnit: (unit: AreaUnit) => void;
  statsSubject: StatsSubject | null;
  setStatsSubject: (subject: StatsSubject | null) => void;
  /** The point of the last "what is here?" click, WGS84. */
  probe: [number, number] | null;
  setProbe: (point: [number, number] | null) => void;
}

export const createPlannerSlice: StateCreator<AppState, [], [], PlannerSlice> = (set, get) => ({
  measurements: loadMeasurements(),
  putMeasurement: (measurement) => {
    const list = get().measurements;
    const existing = list.find((m) => m.id === measurement.id);
    const n =
      measurement.n ??
      existing?.n ??
      Math.max(0, ...list.filter((m) => m.kind === measurement.kind).map((m) => m.n)) + 1;
    const next = existing
      ? list.map((m) => (m.id === measurement.id ? { ...measurement, n } : m))
      : [...list, { ...measurement, n }];
    saveMeasurements(next);
    set({ measurements: next });
  },
  removeMeasurement: (id) => {
    const next = get().measurements.filter((m) => m.id !== id);
    saveMeasurements(next);
    const subject = get().statsSubject;
    set({
      measurements: next,
      statsSubject: subject?.kind === 'measurement' && subject.id === id ? null : subject,
    });
  },
  clearMeasurements: () => {
    saveMeasurements([]);
    const subject = get().statsSubject;
    set({ measurements: [], statsSubject: subject?.kind === 'measurement' ? null : subject });
  },
  showMeasurements: loadShowMeasurements(),
  setShowMeasurements: (showMeasurements) => {
    saveShowMeasurements(showMeasurements);
    set({ showMeasurements });
  },
  units: loadUnits(),
  setLengthUnit: (length) => {
    const units = { ...get().units, length };
    saveUnits(units);
    set({ units });
  },
  setAreaUnit: (area) => {
    const units = { ...get().units, area };
    saveUnits(units);
    set({ units });
  },
  statsSubject: null,
  setStatsSubject: (statsSubject) => set({ statsSubject }),
  probe: null,
  setProbe: (probe) => set({ probe }),
});
