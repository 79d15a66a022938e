import { MODES, type Mode } from '../../state/view';

/** Names and one-line purposes of the views. */
export const MODE_INFO: Record<Mode, { name: string; purpose: string }> = {
  explore: { name: 'Explore', purpose: 'Everything, or the neighbourhood of one actor' },
  paths: { name: 'Paths', purpose: 'How two actors are connected' },
  sanctions: { name: 'Sanctions', purpose: 'Who is designated, and who sits close to them' },
  money: { name: 'Money', purpose: 'Funding, investment and debt, sized by dollars' },
  control: { name: 'Control', purpose: 'Who controls an actor and what it controls, top-down' },
};

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
          title={MODE_INFO[m].purpose}
          onClick={() => onChange(m)}
        >
          {MODE_INFO[m].name}
        </button>
      ))}
    </nav>
  );
}
