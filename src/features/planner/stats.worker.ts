/**
 * The statistics worker: zone intersections over real polygons take tens of milliseconds, more than a frame,
 * so they run here. Protocol and logic: ./statsProtocol.ts; main-thread side: statsClient.ts.
 */
import { handleStatsRequest, type StatsRequest, type StatsWorkerState } from './statsProtocol';

const state: StatsWorkerState = { index: null };
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<StatsRequest>) => {
  scope.postMessage(handleStatsRequest(state, event.data));
};
