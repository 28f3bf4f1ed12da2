/** Bottom-sheet heights (src/ui/sheet.tsx): pure snapping and stepping. */
export type SheetState = 'peek' | 'half' | 'full';
export const SHEET_STATES: readonly SheetState[] = ['peek', 'half', 'full'];

/** The sheet height a drag ends nearest to, given the three heights in pixels. */
export function snapSheet(height: number, heights: Record<SheetState, number>): SheetState {
  let best: SheetState = 'half';
  let distance = Infinity;
  for (const state of SHEET_STATES) {
    const d = Math.abs(heights[state] - height);
    if (d < distance) {
      best = state;
      distance = d;
    }
  }
  return best;
}

/** One step up (+1) or down (-1) from a state, clamped at peek and full. */
export function stepSheet(state: SheetState, step: number): SheetState {
  const index = Math.min(SHEET_STATES.length - 1, Math.max(0, SHEET_STATES.indexOf(state) + step));
  return SHEET_STATES[index]!;
}
