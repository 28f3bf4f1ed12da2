/**
 * The swipe comparison on desktop: a vertical line over the map that the user drags (or moves with the arrow
 * keys, Home / End) — one year's statuses left of it, the other's right. The tracking layer is clipped at the line
 * (trackMap.drawSwipe), redrawn as the line or the map moves.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { TrackRow } from './model';
import { drawSwipe } from './trackMap';

interface Side {
  rows: readonly TrackRow[];
  year: number;
}

export function Swipe({ map, left, right }: { map: MapLibreMap; left: Side; right: Side }) {
  const { t } = useTranslation();
  const [fraction, setFraction] = useState(0.5);
  const line = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let frame = 0;
    const draw = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const canvas = map.getCanvas();
        const x = (canvas.clientWidth || 1) * fraction;
        const lon = map.unproject([x, canvas.clientHeight / 2]).lng;
        drawSwipe(map, left, right, lon);
      });
    };
    draw();
    map.on('move', draw);
    return () => {
      cancelAnimationFrame(frame);
      map.off('move', draw);
    };
  }, [map, left, right, fraction]);

  const moveTo = (clientX: number) => {
    const rect = map.getCanvas().getBoundingClientRect();
    setFraction(Math.min(0.98, Math.max(0.02, (clientX - rect.left) / rect.width)));
  };
  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event.clientX);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = event.shiftKey ? 0.1 : 0.02;
    const next =
      event.key === 'ArrowLeft'
        ? fraction - step
        : event.key === 'ArrowRight'
          ? fraction + step
          : event.key === 'Home'
            ? 0.02
            : event.key === 'End'
              ? 0.98
              : null;
    if (next === null) return;
    event.preventDefault();
    setFraction(Math.min(0.98, Math.max(0.02, next)));
  };
  const percent = Math.round(fraction * 100);
  return (
    <div className="tracking-swipe" ref={line} style={{ left: `${fraction * 100}%` }} data-fraction={fraction}>
      <span className="tracking-swipe-year left" aria-hidden="true">
        {left.year}
      </span>
      <button
        type="button"
        role="slider"
        className="tracking-swipe-handle"
        aria-label={t('tracking.swipe', { left: left.year, right: right.year })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('tracking.swipeValue', { percent, left: left.year, right: right.year })}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      >
        ⇔
      </button>
      <span className="tracking-swipe-year right" aria-hidden="true">
        {right.year}
      </span>
    </div>
  );
}
