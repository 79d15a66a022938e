import { useState } from 'react';
import './TimeSlider.css';

export interface TimeSliderProps {
  /** The chosen year, or null for all dates. */
  year: number | null;
  /** First and last year the slider offers. */
  domain: readonly [number, number];
  onChange: (year: number | null) => void;
}

/**
 * "Year" on or off, and a slider over the years: with a year, the graph keeps
 * the relationships valid in that year, and paths, exposure and chains are
 * computed as of it.
 */
export function TimeSlider({ year, domain, onChange }: TimeSliderProps) {
  const [min, max] = domain;
  // Switching the year off and on again comes back to the same year.
  const [last, setLast] = useState(year ?? max);
  const value = Math.min(max, Math.max(min, year ?? last));
  return (
    <div className="time-slider" role="group" aria-label="Time">
      <label>
        <input
          type="checkbox"
          data-testid="year-enabled"
          checked={year != null}
          onChange={(e) => onChange(e.target.checked ? value : null)}
        />{' '}
        As of
      </label>
      <input
        type="range"
        data-testid="year-slider"
        min={min}
        max={max}
        step={1}
        value={value}
        disabled={year == null}
        aria-label="Year: show relationships valid in this year"
        aria-valuetext={year == null ? 'all dates' : String(value)}
        onChange={(e) => {
          const next = Number(e.target.value);
          setLast(next);
          onChange(next);
        }}
      />
      <output data-testid="year-value" className={year == null ? 'muted' : undefined}>
        {year == null ? 'all dates' : value}
      </output>
    </div>
  );
}
