import type { OriginChoice } from '../../state/view';
import './OriginFilter.css';

const LABELS: Record<OriginChoice, string> = {
  curated: 'Curated',
  imported: 'Imported',
  both: 'Both',
};

const TITLES: Record<OriginChoice, string> = {
  curated: 'Facts curated by hand from the source essay',
  imported: 'Facts imported from sanctions lists (OFAC, UN…)',
  both: 'Curated and imported facts',
};

export interface OriginFilterProps {
  /** The origin in use (the chosen one or the default). */
  value: OriginChoice;
  onChange: (origin: OriginChoice) => void;
}

/** "Curated / Imported / Both": which facts the whole graph draws. */
export function OriginFilter({ value, onChange }: OriginFilterProps) {
  return (
    <div className="origin-filter segmented" role="group" aria-label="Origin" data-testid="origin">
      {(['curated', 'imported', 'both'] as const).map((choice) => (
        <button
          key={choice}
          type="button"
          className="small"
          data-testid={`origin-${choice}`}
          aria-pressed={value === choice}
          title={TITLES[choice]}
          onClick={() => onChange(choice)}
        >
          {LABELS[choice]}
        </button>
      ))}
    </div>
  );
}
