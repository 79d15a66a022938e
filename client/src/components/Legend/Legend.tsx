import type { ReactNode } from 'react';
import type { ActorKind, RelationType } from '../../api/api';
import type { Authority } from '../../graph/authorities';
import { ACTOR_KINDS } from '@explorer/domain';
import { KIND_NAMES, TYPE_NAMES, TYPE_ORDER } from '../../format/names';
import { TYPE_STYLES } from '../../graph/palette';
import { KindIcon } from '../KindIcon/KindIcon';
import { AuthoritySwatch } from '../AuthoritySwatch/AuthoritySwatch';
import './Legend.css';

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
  /** Open at first. Default: when the window is at least 1100 px wide. */
  open?: boolean;
  /** Actor kinds hidden from the graph; with `onToggleKind`, each kind is a toggle. */
  hiddenKinds?: ReadonlySet<ActorKind>;
  onToggleKind?: (kind: ActorKind) => void;
  /** Relationship types hidden from the graph; with `onToggleType`, each type is a toggle. */
  hiddenTypes?: ReadonlySet<RelationType>;
  onToggleType?: (type: RelationType) => void;
  /** Shows every kind and type again. */
  onShowAll?: () => void;
  /** Authorities whose designations are ringed in the graph. */
  authorities?: readonly Authority[];
}

/**
 * What the shapes, colours, lines and rings of the graph mean. It is also
 * the filter: each kind and type is a toggle button (pressed = shown).
 */
export function Legend({
  open = defaultOpen(),
  hiddenKinds,
  onToggleKind,
  hiddenTypes,
  onToggleType,
  onShowAll,
  authorities = [],
}: LegendProps) {
  const anyHidden = !!(hiddenKinds?.size || hiddenTypes?.size);
  return (
    <details className="legend" data-testid="legend" open={open}>
      <summary>
        Legend and filters{anyHidden ? <span className="legend-filtered"> · filtered</span> : null}
      </summary>
      <div className="legend-columns">
        <ul aria-label="Actor kinds">
          <li className="legend-subhead">Actors</li>
          {ACTOR_KINDS.map((kind) => (
            <li key={kind}>
              <Toggle
                pressed={!hiddenKinds?.has(kind)}
                title={`Show or hide ${KIND_NAMES[kind].toLowerCase()} actors`}
                testId={`legend-kind-${kind}`}
                onToggle={onToggleKind && (() => onToggleKind(kind))}
              >
                <KindIcon kind={kind} /> {KIND_NAMES[kind]}
              </Toggle>
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
          <li className="legend-subhead">Links</li>
          {TYPE_ORDER.map((type) => (
            <li key={type}>
              <Toggle
                pressed={!hiddenTypes?.has(type)}
                title={`Show or hide “${TYPE_NAMES[type]}” links`}
                testId={`legend-type-${type}`}
                onToggle={onToggleType && (() => onToggleType(type))}
              >
                <TypeLine type={type} /> {TYPE_NAMES[type]}
              </Toggle>
            </li>
          ))}
          <li className="muted">Money flows widen with the amount.</li>
        </ul>
        <ul aria-label="Designated by" className="legend-authorities">
          <li className="legend-subhead">Designated by</li>
          {authorities.length === 0 ? <li className="muted">No designation in view</li> : null}
          {authorities.map((a) => (
            <li key={a.id} title={a.name}>
              <AuthoritySwatch authority={a} /> {a.code}
            </li>
          ))}
          {onToggleKind || onToggleType ? (
            <li className="muted legend-hint">Click a kind or a type to hide or show it.</li>
          ) : null}
          {anyHidden && onShowAll ? (
            <li>
              <button type="button" className="small" onClick={onShowAll}>
                Show all
              </button>
            </li>
          ) : null}
        </ul>
      </div>
    </details>
  );
}

function Toggle({
  pressed,
  title,
  testId,
  onToggle,
  children,
}: {
  pressed: boolean;
  title: string;
  testId: string;
  onToggle?: () => void;
  children: ReactNode;
}) {
  if (!onToggle) return <>{children}</>;
  return (
    <button
      type="button"
      className="type-toggle"
      aria-pressed={pressed}
      title={title}
      data-testid={testId}
      onClick={onToggle}
    >
      {children}
    </button>
  );
}

/** Open where there is room for it beside the graph (windows 1100 px wide and more). */
function defaultOpen(): boolean {
  return typeof window === 'undefined' || window.innerWidth >= 1100;
}
