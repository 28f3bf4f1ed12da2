/**
 * Export — the map as a PNG (title, legend, scale bar, north arrow, attribution, schematic note) and printing.
 * Fetched after the first screen.
 */
import { deferredOverlay } from '../../ui/lazy';

export const ExportControl = deferredOverlay(() => import('./ExportControl').then((m) => m.ExportControl));
