/**
 * Share — a map control that shares the current view: the link (copy, with a confirmation), the system share
 * sheet (Web Share API, where the browser has it; phones and the installed app have no address bar) and a QR code
 * of the link, drawn offline. Fetched after the first screen.
 */
import { deferredOverlay } from '../../ui/lazy';

export { shareStrings } from './strings';
export const ShareControl = deferredOverlay(() => import('./ShareControl').then((m) => m.ShareControl));
