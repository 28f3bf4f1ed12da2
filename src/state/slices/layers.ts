import type { StateCreator } from 'zustand';
import { LAYERS } from '../../catalog/layers';
import type { Category } from '../../geo/schema';
import type { LayerOpacity, LayerVisibility } from '../types';

export const defaultVisibility = (): LayerVisibility =>
  Object.fromEntries(LAYERS.map((layer) => [layer.id, layer.visibleByDefault])) as LayerVisibility;
export const defaultOpacity = (): LayerOpacity =>
  Object.fromEntries(LAYERS.map((layer) => [layer.id, 1])) as LayerOpacity;

export interface LayersSlice {
  visible: LayerVisibility;
  opacity: LayerOpacity;
  toggleLayer: (id: Category) => void;
  setLayerVisible: (id: Category, visible: boolean) => void;
  setLayerOpacity: (id: Category, opacity: number) => void;
  /** Replaces visibility and opacity at once (URL restore, story chapters). */
  setLayers: (visible: LayerVisibility, opacity?: LayerOpacity) => void;
}

export const createLayersSlice: StateCreator<LayersSlice, [], [], LayersSlice> = (set) => ({
  visible: defaultVisibility(),
  opacity: defaultOpacity(),
  toggleLayer: (id) => set((s) => ({ visible: { ...s.visible, [id]: !s.visible[id] } })),
  setLayerVisible: (id, visible) => set((s) => ({ visible: { ...s.visible, [id]: visible } })),
  setLayerOpacity: (id, opacity) =>
    set((s) => ({ opacity: { ...s.opacity, [id]: Math.min(1, Math.max(0, opacity)) } })),
  setLayers: (visible, opacity) => set((s) => ({ visible, opacity: opacity ?? s.opacity })),
});
