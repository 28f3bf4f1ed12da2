/**
 * The year control: a slider (arrow keys step a year; screen readers hear "2024 年"), previous / next, and a play
 * button that steps through 2021 … 2026 for presenters (stops at the end, or on any key or click on the control).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LATEST_YEAR, TRACK_YEARS } from '../../geo/history';

const FIRST = TRACK_YEARS[0]!;
const STEP_MS = 1600;

export function YearControl({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      if (year >= LATEST_YEAR) setPlaying(false);
      else onChange(year + 1);
    }, STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, year, onChange]);
  const set = (value: number) => {
    setPlaying(false);
    onChange(Math.min(LATEST_YEAR, Math.max(FIRST, value)));
  };
  return (
    <div className="tracking-year" role="group" aria-label={t('tracking.year')}>
      <button type="button" onClick={() => set(year - 1)} disabled={year <= FIRST} aria-label={t('tracking.previous')}>
        ‹
      </button>
      <input
        type="range"
        min={FIRST}
        max={LATEST_YEAR}
        step={1}
        value={year}
        aria-label={t('tracking.year')}
        aria-valuetext={t('tracking.yearValue', { year })}
        list="tracking-years"
        onChange={(event) => set(Number(event.target.value))}
      />
      <datalist id="tracking-years">
        {TRACK_YEARS.map((y) => (
          <option key={y} value={y} label={String(y)} />
        ))}
      </datalist>
      <button
        type="button"
        onClick={() => set(year + 1)}
        disabled={year >= LATEST_YEAR}
        aria-label={t('tracking.next')}
      >
        ›
      </button>
      <output className="tracking-year-value" aria-live="polite">
        {year}
      </output>
      <button
        type="button"
        className="tracking-play"
        aria-pressed={playing}
        onClick={() => {
          if (!playing && year >= LATEST_YEAR) onChange(FIRST);
          setPlaying(!playing);
        }}
      >
        {playing ? `❚❚ ${t('tracking.pause')}` : `▶ ${t('tracking.play')}`}
      </button>
    </div>
  );
}
