import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

export const FOOTER_ACTIONS_ID = 'map-footer-actions';

/**
 * Puts a map button (briefing's "回到本章视图 R") in the footer's column, above the schematic note and the
 * credits, so buttons and notes stack and never cover each other. Until the footer exists it renders in place.
 */
export function inMapFooter(node: ReactNode): ReactNode {
  const slot = document.getElementById(FOOTER_ACTIONS_ID);
  return slot ? createPortal(node, slot) : node;
}
