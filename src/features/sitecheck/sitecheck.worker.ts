/**
 * The site-check worker: parsing, re-projecting and checking a 100,000-parcel file takes seconds, so it runs
 * off the main thread. Protocol and handler: ./protocol.ts; main-thread side: ./client.ts.
 */
import { handleSiteRequest, newWorkerState, type SiteRequest } from './protocol';

const state = newWorkerState();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<SiteRequest>) => {
  void handleSiteRequest(state, event.data, (response) =>
    // Tiles are transferred, not copied.
    scope.postMessage(response, response.type === 'tile' && response.data ? [response.data] : []),
  );
};
