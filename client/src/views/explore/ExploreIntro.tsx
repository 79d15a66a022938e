import { useExplorer } from '../../app/ExplorerContext';
import { VIEWS } from '../definitions';
import './ExploreIntro.css';

/** What the explorer does and how to start, with a link to each other view. */
export function ExploreIntro() {
  const { update } = useExplorer();
  return (
    <section className="panel intro">
      <h2>Who funds, commands, controls, supplies or sanctions whom</h2>
      <p>
        Search for an actor to centre on it and its neighbours, or click one in the graph to read
        its relationships and the evidence for each. Double-click a node to bring in its neighbours
        (again to take them away); click a link to see why it is there.
      </p>
      <ul className="intro-modes">
        {(['paths', 'sanctions', 'money', 'control'] as const).map((mode) => (
          <li key={mode}>
            <button type="button" className="link" onClick={() => update((v) => ({ ...v, mode }))}>
              {VIEWS[mode].name}
            </button>
            : {VIEWS[mode].purpose.toLowerCase()}.
          </li>
        ))}
      </ul>
      <p className="muted">
        The legend filters actor kinds and link types; “As of” keeps the links valid in a year. The
        address bar always holds the current view: copy it to share exactly this.
      </p>
    </section>
  );
}
