/**
 * Imports a planner's parcel file (stub: implementation follows).
 */
import type { ImportOptions, ImportResult } from './types';

export function importFile(file: { name: string; bytes: ArrayBuffer }, options?: ImportOptions): Promise<ImportResult> {
  void file;
  void options;
  return Promise.reject(new Error('not implemented'));
}
