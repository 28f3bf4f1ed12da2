/**
 * A map button (a MapLibre control, top right) that opens a small dialog beside it: the share and export
 * controls use it. The button says whether the dialog is open; Escape or a close button shuts the dialog and
 * gives the focus back to the button.
 */
import { useEffect, useId, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { IControl } from 'maplibre-gl';
import { useMap } from './MapContext';

interface Props {
  /** Class of the control's group (`<name>-control`), its button (`<name>-button`) and dialog (`<name>-dialog`). */
  name: string;
  /** The button's accessible name and tooltip. */
  label: string;
  icon: ReactNode;
  /** The dialog's heading. */
  title: string;
  /** The dialog's content; its `onClose` shuts the dialog. */
  body: ComponentType<{ onClose: () => void }>;
  testId?: string;
}

export function MapControlDialog({ name, label, icon, title, body: Body, testId }: Props) {
  const map = useMap();
  const [container] = useState(() => {
    const element = document.createElement('div');
    element.className = `maplibregl-ctrl maplibregl-ctrl-group ${name}-control`;
    return element;
  });
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (!map) return;
    const control: IControl = { onAdd: () => container, onRemove: () => container.remove() };
    map.addControl(control, 'top-right');
    return () => {
      map.removeControl(control);
    };
  }, [map, container]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <>
      {map &&
        createPortal(
          <button
            ref={buttonRef}
            type="button"
            className={`${name}-button`}
            title={label}
            aria-label={label}
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {icon}
          </button>,
          container,
        )}
      {open && map && (
        <div
          className={`${name}-dialog panel`}
          role="dialog"
          aria-labelledby={titleId}
          data-testid={testId}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          <h2 id={titleId}>{title}</h2>
          <Body onClose={close} />
        </div>
      )}
    </>
  );
}
