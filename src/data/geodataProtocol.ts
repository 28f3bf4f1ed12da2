/**
 * The plan-data worker's messages (./geodata.worker.ts) and the work itself, which is the same on
 * either side: fetch each plan file, parse and validate it (src/data/parsePlanFile.ts). A file that cannot be
 * fetched is reported like a malformed one; the other files still load.
 */
import type { PlanFeature } from '../geo/schema';
import { parsePlanFile } from './parsePlanFile';

export interface PlanFileRef {
  /** The file's name in geodata/plan/, for messages. */
  file: string;
  /** Absolute URL of the served copy. */
  url: string;
}

export interface PlanFileResult {
  file: string;
  features: PlanFeature[];
  problems: string[];
}

export type GeodataRequest = { type: 'load'; files: PlanFileRef[] };
export type GeodataResponse = { type: 'loaded'; entries: PlanFileResult[] };

/** Fetches, parses and validates every file (in parallel). Never rejects. */
export function fetchAndParse(files: PlanFileRef[], fetcher: typeof fetch = fetch): Promise<PlanFileResult[]> {
  return Promise.all(
    files.map(async ({ file, url }): Promise<PlanFileResult> => {
      try {
        const response = await fetcher(url);
        if (!response.ok) return { file, features: [], problems: [`could not be fetched (HTTP ${response.status})`] };
        return { file, ...parsePlanFile(await response.text()) };
      } catch (error) {
        return { file, features: [], problems: [`could not be fetched (${(error as Error).message})`] };
      }
    }),
  );
}
