/**
 * Phone bottom sheets (side panel, near-me panel): three heights — peek (the head only), half and full — that
 * the grip at the top changes by dragging (pointer events: touch, pen, mouse), by tapping (next height), or
 * with the keyboard (↑ / ↓, Home / End on the focused grip). On wide screens the grip is hidden and the panels
 * keep their own collapse buttons.
 */
import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { snapSheet, stepSheet, type SheetState } from './sheetModel';
import type { SheetControl } from './useSheet';

interface HandleProps {
  control: SheetControl;
  /** The sheet element (measured, not changed: the drag height goes through `control`). */
  sheet: RefObject<HTMLElement | null>;
}

const PEEK_PX = 52;

function heights(sheet: HTMLElement): Record<SheetState, number> {
  const parent = sheet.offsetParent?.getBoundingClientRect().height ?? window.innerHeight;
  return { peek: PEEK_PX, half: parent * 0.5, full: parent - 8 };
}

export function SheetHandle({ control, sheet }: HandleProps) {
  const { state, setState: onChange, setDragHeight } = control;
  const { t } = useTranslation();
  const drag = useRef<{ startY: number; startHeight: number; moved: boolean } | null>(null);
  const justDragged = useRef(false);

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    const element = sheet.current;
    if (!element || (event.pointerType === 'mouse' && event.button !== 0)) return;
    drag.current = { startY: event.clientY, startHeight: element.getBoundingClientRect().height, moved: false };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const element = sheet.current;
    const current = drag.current;
    if (!element || !current) return;
    const dy = event.clientY - current.startY;
    if (!current.moved && Math.abs(dy) < 6) return;
    current.moved = true;
    const { full } = heights(element);
    const height = Math.min(full, Math.max(PEEK_PX, current.startHeight - dy));
    setDragHeight(height);
  };
  const onPointerEnd = (event: PointerEvent<HTMLButtonElement>) => {
    const element = sheet.current;
    const current = drag.current;
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) {
      event.currentTarget.releasePointerCapture(event.pointerId);
    }
    if (!element || !current?.moved) return;
    const height = element.getBoundingClientRect().height;
    setDragHeight(null);
    justDragged.current = true;
    onChange(snapSheet(height, heights(element)));
  };
  const onClick = () => {
    if (justDragged.current) {
      justDragged.current = false;
      return;
    }
    onChange(state === 'full' ? 'peek' : stepSheet(state, 1));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const next =
      event.key === 'ArrowUp'
        ? stepSheet(state, 1)
        : event.key === 'ArrowDown'
          ? stepSheet(state, -1)
          : event.key === 'Home'
            ? 'full'
            : event.key === 'End'
              ? 'peek'
              : null;
    if (!next) return;
    event.preventDefault();
    onChange(next);
  };

  return (
    <button
      type="button"
      className="sheet-handle"
      data-sheet={state}
      aria-label={t('sheet.handle', { state: t(`sheet.${state}`) })}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <span className="sheet-grip" aria-hidden="true" />
    </button>
  );
}
