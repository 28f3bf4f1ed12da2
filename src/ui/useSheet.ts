import { useState, type CSSProperties, type Dispatch, type SetStateAction } from 'react';
import type { SheetState } from './sheetModel';

export interface SheetControl {
  state: SheetState;
  setState: Dispatch<SetStateAction<SheetState>>;
  expanded: boolean;
  className: string;
  /** The sheet's height while a drag is in progress (null otherwise). */
  setDragHeight: (height: number | null) => void;
  style: CSSProperties | undefined;
}

/** A bottom sheet's height state (peek / half / full) and, during a drag, its live height. */
export function useSheet(initial: SheetState): SheetControl {
  const [state, setState] = useState<SheetState>(initial);
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  return {
    state,
    setState,
    expanded: state !== 'peek' || dragHeight !== null,
    className: `sheet sheet-${state}${dragHeight !== null ? ' sheet-dragging' : ''}`,
    setDragHeight,
    style: dragHeight !== null ? { height: `${dragHeight}px`, maxHeight: 'none' } : undefined,
  };
}
