/**
 * The plan-data worker: fetching, parsing and validating the plan files (JSON.parse of ~900 KB, the zod schema
 * and the geometry checks) runs here, off the main thread and outside the first screen's JavaScript, while the
 * main thread starts MapLibre. Protocol and logic: src/data/geodataProtocol.ts; caller: src/data/geodata.ts.
 */
import { fetchAndParse, type GeodataRequest, type GeodataResponse } from './geodataProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<GeodataRequest>) => {
  if (event.data.type !== 'load') return;
  const response: GeodataResponse = { type: 'loaded', entries: await fetchAndParse(event.data.files) };
  scope.postMessage(response);
};
