import type { ActorRef } from '../../state/selection';
import { KindIcon } from '../../components/KindIcon/KindIcon';
import { SearchBox } from '../../components/SearchBox/SearchBox';
import './PathEnd.css';

export interface PathEndProps {
  /** "From" or "To". */
  label: string;
  /** Test id stem: "path-from" gives `path-from-value`, `path-from-search-input`... */
  testId: string;
  value: ActorRef | null;
  onChange: (actor: ActorRef | null) => void;
}

/** One end of a path: the chosen actor with a clear button, or a search box to choose one. */
export function PathEnd({ label, testId, value, onChange }: PathEndProps) {
  if (value) {
    return (
      <div className="path-end">
        <span className="path-end-label">{label}</span>
        <span className="path-end-value" data-testid={`${testId}-value`}>
          <KindIcon kind={value.kind} /> {value.name}
        </span>
        <button
          type="button"
          className="small"
          aria-label={`Clear ${label.toLowerCase()}`}
          onClick={() => onChange(null)}
        >
          ×
        </button>
      </div>
    );
  }
  return (
    <div className="path-end">
      <SearchBox
        label={label}
        placeholder={`${label} which actor?`}
        testIdPrefix={`${testId}-search`}
        onSelect={(actor) => onChange({ id: actor.id, name: actor.name, kind: actor.kind })}
      />
    </div>
  );
}
