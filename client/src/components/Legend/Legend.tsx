import type { RelationType } from '../../api/api';
import { ACTOR_KINDS, KIND_NAMES, RELATION_TYPES, TYPE_NAMES } from '../../format/names';
import { TYPE_STYLES } from '../../graph/palette';
import { KindIcon } from '../KindIcon/KindIcon';

const DASHES = { solid: undefined, dashed: '6 4', dotted: '1.5 3' } as const;

/** A line with the colour, style and arrowhead of a relationship type. */
function TypeLine({ type }: { type: RelationType }) {
  const t = TYPE_STYLES[type];
  return (
    <svg className="type-line" width="40" height="12" viewBox="0 0 40 12" aria-hidden="true">
      <line
        x1="1"
        y1="6"
        x2="31"
        y2="6"
        stroke={t.color}
        strokeWidth={Math.max(1.5, t.width)}
        strokeDasharray={DASHES[t.line]}
        strokeLinecap={t.line === 'dotted' ? 'round' : undefined}
      />
      <Arrow type={type} />
    </svg>
  );
}

function Arrow({ type }: { type: RelationType }) {
  const { color, arrow } = TYPE_STYLES[type];
  switch (arrow) {
    case 'none':
      return null;
    case 'tee':
      return <rect x="31" y="1" width="3" height="10" fill={color} />;
    case 'square':
      return <rect x="31" y="2" width="8" height="8" fill={color} />;
    case 'diamond':
      return <path d="M30 6l4.5-4.5L39 6l-4.5 4.5Z" fill={color} />;
    case 'vee':
      return <path d="M30 1l9 5-9 5 3-5Z" fill={color} />;
    case 'triangle-cross':
      return (
        <g fill={color} stroke={color}>
          <path d="M31 1l8 5-8 5Z" />
          <line x1="28" y1="1" x2="28" y2="11" strokeWidth="1.5" />
        </g>
      );
    default:
      return <path d="M31 1l8 5-8 5Z" fill={color} />;
  }
}

export interface LegendProps {
  /** Open at first. Default: when the window is at least 800 px high. */
  open?: boolean;
  /** Relationship types hidden from the graph; with `onToggleType`, each type is a toggle. */
  hiddenTypes?: ReadonlySet<RelationType>;
  onToggleType?: (type: RelationType) => void;
}

/** What the shapes, colours and lines of the graph mean; types can be shown or hidden. */
export function Legend({ open = defaultOpen(), hiddenTypes, onToggleType }: LegendProps) {
  return (
    <details className="legend" data-testid="legend" open={open}>
      <summary>Legend</summary>
      <div className="legend-columns">
        <ul aria-label="Actor kinds">
          {ACTOR_KINDS.map((kind) => (
            <li key={kind}>
              <KindIcon kind={kind} /> {KIND_NAMES[kind]}
            </li>
          ))}
          <li>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="8" cy="8" r="6" fill="#fff" stroke="#444" strokeWidth="3" />
            </svg>{' '}
            Collective (many members)
          </li>
        </ul>
        <ul aria-label="Relationship types">
          {RELATION_TYPES.map((type) => (
            <li key={type}>
              {onToggleType ? (
                <button
                  type="button"
                  className="type-toggle"
                  aria-pressed={!hiddenTypes?.has(type)}
                  title={`Show or hide “${TYPE_NAMES[type]}” links`}
                  onClick={() => onToggleType(type)}
                >
                  <TypeLine type={type} /> {TYPE_NAMES[type]}
                </button>
              ) : (
                <>
                  <TypeLine type={type} /> {TYPE_NAMES[type]}
                </>
              )}
            </li>
          ))}
          <li className="muted">Money flows widen with the amount.</li>
          {onToggleType ? <li className="muted">Click a type to hide or show it.</li> : null}
        </ul>
      </div>
    </details>
  );
}

/** Open where there is room for it next to the graph (laptops of 800 px and more). */
function defaultOpen(): boolean {
  return typeof window === 'undefined' || window.innerHeight >= 800;
}
