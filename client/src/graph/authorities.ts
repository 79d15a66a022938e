import type { Core } from 'cytoscape';
import { RelationType } from '@explorer/domain';
import type { RelationshipFields } from '../api/api';
import { validInYear } from '../state/validity';
import { OKABE_ITO } from './palette';

/** A designating authority as the graph badges it: a ring colour and a short code. */
export interface Authority {
  id: string;
  name: string;
  /** Short enough for a node label: "US Treasury", "EU", "UN". */
  code: string;
  /** Ring colour; each has at least 3:1 contrast on white. */
  color: string;
}

/**
 * Authorities of the curated graph and the usual imported lists. Colours are
 * the Okabe–Ito ones that stand out on white; the code in the label and the
 * legend keep them apart for readers who cannot tell the colours apart.
 */
const KNOWN: Record<string, Pick<Authority, 'code' | 'color'>> = {
  'us-treasury': { code: 'US Treasury', color: OKABE_ITO.blue },
  'us-ofac': { code: 'OFAC', color: OKABE_ITO.blue },
  'united-states': { code: 'US', color: OKABE_ITO.black },
  'us-state-department': { code: 'US State', color: OKABE_ITO.black },
  'european-union': { code: 'EU', color: OKABE_ITO.bluishGreen },
  'un-security-council': { code: 'UN', color: OKABE_ITO.reddishPurple },
  'united-kingdom': { code: 'UK', color: OKABE_ITO.vermillion },
  'western-powers': { code: 'West', color: OKABE_ITO.vermillion },
};

/** Colours for authorities not listed above, in order of first appearance. */
const OTHER_COLOURS = [
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.blue,
  OKABE_ITO.black,
];

/** Which authorities designate which actors, and the authorities in legend order. */
export interface Designated {
  /** Authorities by designated actor id, in the order of `authorities`. */
  byActor: ReadonlyMap<string, readonly Authority[]>;
  /** Every authority with a designation in force, known ones first, then by name. */
  authorities: readonly Authority[];
}

/**
 * The designations in force in `year` (all when null), grouped by target.
 * An actor designated twice by one authority gets it once.
 */
export function designatedActors(
  designations: readonly RelationshipFields[],
  year: number | null = null,
): Designated {
  const authorities = new Map<string, Authority>();
  const sources = new Map<string, Set<string>>();
  const current = designations.filter(
    (d) => d.type === RelationType.SANCTIONS && validInYear(d, year),
  );
  const order = [...new Map(current.map((d) => [d.source.id, d.source])).values()].sort(
    (a, b) =>
      Number(!(a.id in KNOWN)) - Number(!(b.id in KNOWN)) ||
      Object.keys(KNOWN).indexOf(a.id) - Object.keys(KNOWN).indexOf(b.id) ||
      a.name.localeCompare(b.name),
  );
  let other = 0;
  for (const source of order) {
    const known = KNOWN[source.id];
    authorities.set(source.id, {
      id: source.id,
      name: source.name,
      code: known?.code ?? shortName(source.name),
      color: known?.color ?? OTHER_COLOURS[other++ % OTHER_COLOURS.length]!,
    });
  }
  for (const d of current) {
    const set = sources.get(d.target.id) ?? new Set<string>();
    set.add(d.source.id);
    sources.set(d.target.id, set);
  }
  const ranked = [...authorities.values()];
  const byActor = new Map<string, Authority[]>();
  for (const [actor, set] of sources)
    byActor.set(
      actor,
      ranked.filter((a) => set.has(a.id)),
    );
  return { byActor, authorities: ranked };
}

/** "Office of Foreign Assets Control" → "OFAC"; short names stay as they are. */
function shortName(name: string): string {
  if (name.length <= 12) return name;
  const initials = name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 ? initials : name.slice(0, 12);
}

/**
 * Puts the rings on the nodes: `ring1` (outer ring, the first authority) and
 * `ring2` (border, the second), and `authorities` (every code, for labels).
 * Nodes that are no longer designated lose them.
 */
export function applyAuthorityRings(cy: Core, designated: Designated): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const list = designated.byActor.get(node.id()) ?? [];
      for (const [key, value] of [
        ['ring1', list[0]?.color],
        ['ring2', list[1]?.color],
        ['authorities', list.map((a) => a.code).join(' · ') || undefined],
      ] as const) {
        if (value === undefined) node.removeData(key);
        else node.data(key, value);
      }
    });
  });
}
