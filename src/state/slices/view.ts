import type { StateCreator } from 'zustand';
import type { Camera, CameraRequest } from '../types';

/** The whole city at desktop size: all nine county-level units visible. */
export const HOME_CAMERA: Camera = { center: [113.42, 27.08], zoom: 7.3, bearing: 0, pitch: 0 };
/** [[west, south], [east, north]] of the city, used to frame it on any screen size. */
export const CITY_BOUNDS: [[number, number], [number, number]] = [
  [112.95, 26.05],
  [114.1, 28.05],
];

export interface ViewSlice {
  camera: Camera;
  cameraRequest: CameraRequest | null;
  /** Set by MapView after every move. */
  setCamera: (camera: Camera) => void;
  /** Asks the map to move (fly when duration > 0). */
  requestCamera: (camera: Partial<Camera>, duration?: number) => void;
  requestBounds: (bounds: [[number, number], [number, number]], duration?: number) => void;
}

let seq = 0;

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  camera: HOME_CAMERA,
  cameraRequest: null,
  setCamera: (camera) => set({ camera }),
  requestCamera: (camera, duration = 0) => set({ cameraRequest: { camera, duration, seq: ++seq } }),
  requestBounds: (bounds, duration = 0) => set({ cameraRequest: { camera: {}, bounds, duration, seq: ++seq } }),
});
