import type { TimeRange } from '../../state/timeRange';
import { rangeWords } from './rangeWords';
import './RangeBadge.css';

export interface RangeBadgeProps {
  range: TimeRange;
  onClear: () => void;
}

/**
 * The range in the graph's toolbar, in every view: the slider there reads
 * "all dates" while a range filters instead, so the range says so itself,
 * with a button to drop it.
 */
export function RangeBadge({ range, onClear }: RangeBadgeProps) {
  return (
    <span className="range-badge" data-testid="range-badge">
      Range {rangeWords(range)}{' '}
      <button
        type="button"
        className="link"
        aria-label={`Show all dates instead of ${rangeWords(range)}`}
        onClick={onClear}
      >
        ✕
      </button>
    </span>
  );
}
