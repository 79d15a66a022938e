import { MODES, type Mode } from '../../state/view';
import { VIEWS } from '../../views/definitions';
import './ModeTabs.css';

export interface ModeTabsProps {
  mode: Mode;
  onChange: (mode: Mode) => void;
}

/** The five views, as a row of toggle buttons. */
export function ModeTabs({ mode, onChange }: ModeTabsProps) {
  return (
    <nav className="mode-tabs" aria-label="View">
      {MODES.map((m) => (
        <button
          key={m}
          type="button"
          data-testid={`mode-${m}`}
          aria-pressed={m === mode}
          title={VIEWS[m].purpose}
          onClick={() => onChange(m)}
        >
          {VIEWS[m].name}
        </button>
      ))}
    </nav>
  );
}
