import type { RelationType } from '../../api/api';
import { TYPE_NAMES, TYPE_ORDER } from '../../format/names';
import './TypeChecklist.css';

export interface TypeChecklistProps {
  /** What the types are for, e.g. "Links that count". */
  legend: string;
  /** Types offered, in this order. Default: every type. */
  types?: readonly RelationType[];
  /** Types checked; null: all of `types`. */
  selected: readonly RelationType[] | null;
  /** Called with the checked types, or null when all are checked. */
  onChange: (selected: RelationType[] | null) => void;
  /** Test id of the fieldset. */
  testId?: string;
}

/** A compact set of checkboxes, one per relationship type, with All and None. */
export function TypeChecklist({
  legend,
  types = TYPE_ORDER,
  selected,
  onChange,
  testId,
}: TypeChecklistProps) {
  const checked = new Set(selected ?? types);
  const set = (next: Set<RelationType>) => {
    const list = types.filter((t) => next.has(t));
    onChange(list.length === types.length ? null : list);
  };
  return (
    <fieldset className="type-checklist" data-testid={testId}>
      <legend>{legend}</legend>
      <div className="type-checklist-items">
        {types.map((type) => (
          <label key={type}>
            <input
              type="checkbox"
              value={type}
              checked={checked.has(type)}
              onChange={(e) => {
                const next = new Set(checked);
                if (e.target.checked) next.add(type);
                else next.delete(type);
                set(next);
              }}
            />{' '}
            {TYPE_NAMES[type]}
          </label>
        ))}
      </div>
      <div className="type-checklist-actions">
        <button type="button" className="small" onClick={() => onChange(null)}>
          All
        </button>
        <button type="button" className="small" onClick={() => set(new Set())}>
          None
        </button>
      </div>
    </fieldset>
  );
}
