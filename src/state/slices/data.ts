import type { StateCreator } from 'zustand';
import type { PlanFeature } from '../../geo/schema';
import type { DataState } from '../types';

export interface DataSlice {
  data: DataState;
  setData: (features: PlanFeature[], problems: DataState['problems']) => void;
}

export const createDataSlice: StateCreator<DataSlice, [], [], DataSlice> = (set) => ({
  data: { status: 'loading', features: [], byId: new Map(), problems: [] },
  setData: (features, problems) =>
    set({
      data: {
        status: features.length > 0 || problems.length === 0 ? 'ready' : 'error',
        features,
        byId: new Map(features.map((f) => [f.properties.id, f])),
        problems,
      },
    }),
});
