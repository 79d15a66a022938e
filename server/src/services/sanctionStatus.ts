import type { Actor, Designation, Relationship } from '@explorer/domain';
import { compareStrings, timeWindow, type TimeWindow } from '@explorer/domain';
import { undatedLinksNote } from './undatedLinks';
import type { GraphStore, Path, TraverseStep } from '../store/GraphStore';
import { describe } from './describeDesignations';
import { DEFAULT_EXPOSURE_VIA } from '@explorer/domain';

/**
 * An actor's sanction status per authority, as of a date, with the rule and
 * the path that give it. The semantics follow OpenSanctions' graph
 * annotator (`sanction`, `sanction.linked`, `sanction.control`) but are
 * computed on request, per authority and date, and explained:
 *
 * - DIRECT: the actor holds a designation by the authority in force then.
 * - CONTROLLED: a listed actor owns or controls it, directly or down a chain
 *   (within maxHops). US authorities (OFAC, BIS) apply the 50 % rule:
 *   blocked persons owning 50 % or more in aggregate, ownership only, with
 *   a PART_OF branch counting as the entity itself. Other authorities (EU,
 *   UK, UN) apply "owned or controlled": more than 50 % owned, in aggregate,
 *   or controlled, commanded, or a branch. A share the sources do not give
 *   counts as owned, and the answer says so (`assumesUnknownShares`).
 * - LINKED: adjacent, one hop, over a broad link (every link type but
 *   STRIKES) to an actor the authority lists. Not transitive, as in
 *   OpenSanctions: a neighbour's neighbour is not linked.
 * - NONE: none of these.
 * Where we differ from OpenSanctions: it computes one status over every
 * list in batch, and marks control transitively on every Ownership without
 * applying a threshold; we answer per authority and date, apply the
 * authority's threshold where shares are known, and give the path.
 */

export type SanctionStatus = 'DIRECT' | 'CONTROLLED' | 'LINKED' | 'NONE';
export type SanctionRule =
  'LISTED' | 'OWNERSHIP_50_PERCENT' | 'OWNED_OR_CONTROLLED' | 'ADJACENT' | 'NONE';

export interface AuthorityStatus {
  authority: Actor;
  status: SanctionStatus;
  rule: SanctionRule;
  explanation: string;
  paths: Path[];
  designations: Designation[];
  assumesUnknownShares: boolean;
}

export interface SanctionStatusReport {
  actor: Actor;
  asOf: string | null;
  status: SanctionStatus;
  byAuthority: AuthorityStatus[];
}

/** Steps from an actor up to whoever owns or controls it. */
const CONTROL_UP: readonly TraverseStep[] = [
  { type: 'OWNS', direction: 'IN' },
  { type: 'CONTROLS', direction: 'IN' },
  { type: 'COMMANDS', direction: 'IN' },
  { type: 'PART_OF', direction: 'OUT' },
];

/** Broad links for LINKED: the links that carry exposure (not an attack, a demand or a negotiation). */
export const LINKED_VIA = DEFAULT_EXPOSURE_VIA;

/** Most relationships read for one control walk or one actor's links. */
const WALK_LIMIT = 2000;

const RANK: Record<SanctionStatus, number> = { DIRECT: 3, CONTROLLED: 2, LINKED: 1, NONE: 0 };

/**
 * US authorities use OFAC's ownership-only 50 % rule; every other authority
 * "owned or controlled". Recognised by id or by name (an imported
 * authority carries the name its list gives).
 */
export function usesUsOwnershipRule(authority: Pick<Actor, 'id' | 'name'>): boolean {
  return (
    /^(us-|united-states)/.test(authority.id) ||
    /\b(united states|u\.s\.|us treasury|ofac|foreign assets control|bureau of industry and security)\b/i.test(
      authority.name,
    )
  );
}

export class SanctionStatusService {
  constructor(private readonly store: GraphStore) {}

  async report(
    id: string,
    options: { authority?: string; asOf?: string; includeUndated?: boolean; maxHops: number },
  ): Promise<SanctionStatusReport> {
    const { asOf, maxHops } = options;
    // Links that hold on asOf (undated ones only when asked for); none filtered without a date.
    const when = timeWindow({ asOf, includeUndated: options.includeUndated });
    // The control walk also proves the actor exists (NOT_FOUND otherwise).
    const up = await this.store.traverse(id, {
      steps: CONTROL_UP,
      maxHops,
      when,
      limit: WALK_LIMIT,
    });
    const actor = up.actors.find((a) => a.id === id)!;
    const links = await this.store.relationshipsOf(id, {
      types: LINKED_VIA,
      direction: 'BOTH',
      when,
      first: WALK_LIMIT,
    });
    const neighbours = [...new Set(links.map((r) => (r.source === id ? r.target : r.source)))];
    const filter = { asOf, authority: options.authority };
    // Without a date: what is in force now, i.e. not delisted.
    const current = (d: Designation) => asOf !== undefined || d.delistedOn === undefined;
    const [upDesignations, nearDesignations] = (
      await Promise.all([
        this.store.designationsOf(
          up.actors.map((a) => a.id),
          filter,
        ),
        this.store.designationsOf(neighbours, filter),
      ])
    ).map((list) => list.filter(current)) as [Designation[], Designation[]];
    const authorityIds = options.authority
      ? [options.authority]
      : await this.knownAuthorities([...upDesignations, ...nearDesignations]);
    const actors = new Map<string, Actor>(up.actors.map((a) => [a.id, a]));
    for (const a of await this.store.getActors([
      ...authorityIds,
      ...neighbours.filter((n) => !actors.has(n)),
    ]))
      actors.set(a.id, a);
    const byAuthority = authorityIds
      .filter((a) => actors.has(a))
      .map((authorityId) =>
        statusFor({
          actor,
          authority: actors.get(authorityId)!,
          actors,
          upRelationships: up.relationships,
          upDesignations: upDesignations.filter((d) => d.authority === authorityId),
          links,
          nearDesignations: nearDesignations.filter((d) => d.authority === authorityId),
          asOf,
          when,
          maxHops,
        }),
      )
      .sort(
        (a, b) =>
          RANK[b.status] - RANK[a.status] || compareStrings(a.authority.name, b.authority.name),
      );
    return {
      actor,
      asOf: asOf ?? null,
      status: byAuthority[0]?.status ?? 'NONE',
      byAuthority,
    };
  }

  /** Every authority with a designation in the graph, plus any met here. */
  private async knownAuthorities(met: readonly Designation[]): Promise<string[]> {
    const counts = await this.store.countDesignations({});
    return [...new Set([...counts.byAuthority.map((c) => c.key), ...met.map((d) => d.authority)])];
  }
}

interface StatusInput {
  actor: Actor;
  authority: Actor;
  actors: ReadonlyMap<string, Actor>;
  upRelationships: readonly Relationship[];
  upDesignations: readonly Designation[];
  links: readonly Relationship[];
  nearDesignations: readonly Designation[];
  asOf: string | undefined;
  /** The window the links were read for, to say which ones it does not date. */
  when: TimeWindow | undefined;
  maxHops: number;
}

function statusFor(input: StatusInput): AuthorityStatus {
  const { actor, authority, actors } = input;
  const names = new Map([...actors].map(([id, a]) => [id, a.name] as const));
  const when = input.asOf ? ` as of ${input.asOf}` : '';
  const own = input.upDesignations.filter((d) => d.actor === actor.id);
  if (own.length > 0) {
    return {
      authority,
      status: 'DIRECT',
      rule: 'LISTED',
      explanation: `${actor.name} is listed ${describe(own, names)}${when}.`,
      paths: [{ actors: [actor], relationships: [] }],
      designations: own,
      assumesUnknownShares: false,
    };
  }
  const us = usesUsOwnershipRule(authority);
  const control = controlledBy(input, us);
  if (control) {
    const rule: SanctionRule = us ? 'OWNERSHIP_50_PERCENT' : 'OWNED_OR_CONTROLLED';
    const listed = [...new Set(control.designations.map((d) => d.actor))].map((id) =>
      names.get(id)!,
    );
    const ruleText = us
      ? "OFAC's 50 % rule: owned 50 % or more, in aggregate, directly or indirectly, by blocked persons (ownership only)"
      : 'owned (more than 50 %) or controlled, directly or indirectly, by a listed person';
    return {
      authority,
      status: 'CONTROLLED',
      rule,
      explanation:
        `${actor.name} is ${control.how} ${listed.join(', ')}, listed ${describe(control.designations, names)}: ${ruleText}` +
        `${control.assumesUnknownShares ? '; a share the sources do not give was counted as owned' : ''}${when}.` +
        chainsText(control.paths) +
        undatedLinksNote(control.paths, input.when),
      paths: control.paths,
      designations: control.designations,
      assumesUnknownShares: control.assumesUnknownShares,
    };
  }
  const listedNeighbours = new Set(input.nearDesignations.map((d) => d.actor));
  const adjacent = input.links.filter((r) =>
    listedNeighbours.has(r.source === actor.id ? r.target : r.source),
  );
  if (adjacent.length > 0) {
    const paths = adjacent.map((r) => {
      const other = r.source === actor.id ? r.target : r.source;
      return { actors: [actor, actors.get(other)!], relationships: [r] };
    });
    const via = [...new Set(adjacent.map((r) => r.type))].join(', ');
    return {
      authority,
      status: 'LINKED',
      rule: 'ADJACENT',
      explanation:
        `${actor.name} is directly linked (${via}) to ${[...listedNeighbours].map((id) => names.get(id)).join(', ')}, ` +
        `listed ${describe(input.nearDesignations, names)}; adjacency only, not transitive${when}.` +
        undatedLinksNote(paths, input.when),
      paths,
      designations: [...input.nearDesignations],
      assumesUnknownShares: false,
    };
  }
  return {
    authority,
    status: 'NONE',
    rule: 'NONE',
    explanation:
      `Neither ${actor.name}, nor anyone owning or controlling it within ${input.maxHops} hops, ` +
      `nor a direct link is listed by ${authority.name}${when}.`,
    paths: [],
    designations: [],
    assumesUnknownShares: false,
  };
}

interface Control {
  /** "owned 60 % by", "controlled by"… for the explanation. */
  how: string;
  paths: Path[];
  designations: Designation[];
  assumesUnknownShares: boolean;
}

/**
 * Whether the authority's rule makes the actor owned or controlled by a
 * listed one, over the ancestors the control walk found: blocked status
 * flows down qualifying edges to a fixpoint (an actor is blocked when
 * listed, or when its blocked owners together pass the threshold, or, for
 * the non-US rule, when a blocked actor controls or commands it; a branch
 * of a blocked actor is blocked under both).
 */
function controlledBy(input: StatusInput, us: boolean): Control | undefined {
  const listed = new Set(input.upDesignations.map((d) => d.actor));
  if (listed.size === 0) return undefined;
  // Edges into each actor from whoever owns/controls it (child <- parent).
  const parents = new Map<string, { parent: string; rel: Relationship }[]>();
  for (const rel of input.upRelationships) {
    const [parent, child] =
      rel.type === 'PART_OF' ? [rel.target, rel.source] : [rel.source, rel.target];
    const list = parents.get(child) ?? [];
    list.push({ parent, rel });
    parents.set(child, list);
  }
  const blocked = new Set(listed);
  const assumed = new Set<string>();
  /** The parent edges that make `child` blocked, given `blocked`; undefined when it is not. */
  const qualifying = (child: string) => {
    const edges = (parents.get(child) ?? []).filter((e) => blocked.has(e.parent));
    const direct = edges.filter(
      (e) =>
        e.rel.type === 'PART_OF' ||
        (!us && (e.rel.type === 'CONTROLS' || e.rel.type === 'COMMANDS')),
    );
    if (direct.length > 0) return { edges: direct, unknown: false };
    const owns = edges.filter((e) => e.rel.type === 'OWNS');
    if (owns.length === 0) return undefined;
    const unknown = owns.some((e) => e.rel.percent === undefined);
    const share = owns.reduce((sum, e) => sum + (e.rel.percent ?? 100), 0);
    return (us ? share >= 50 : share > 50) ? { edges: owns, unknown } : undefined;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const child of parents.keys()) {
      if (blocked.has(child)) continue;
      const q = qualifying(child);
      if (!q) continue;
      blocked.add(child);
      if (q.unknown || q.edges.some((e) => assumed.has(e.parent))) assumed.add(child);
      changed = true;
    }
  }
  const id = input.actor.id;
  if (!blocked.has(id)) return undefined;
  const edges = qualifying(id)!.edges;
  const paths: Path[] = [];
  for (const edge of edges) {
    // Up from each qualifying parent to the nearest listed ancestor, through blocked actors.
    const chain = chainToListed(edge.parent, listed, blocked, qualifying);
    const rels = [...chain.rels, edge.rel];
    paths.push({
      actors: [...chain.actors, id].map((a) => input.actors.get(a)!),
      relationships: rels,
    });
  }
  const reachedListed = new Set(paths.map((p) => p.actors[0]!.id));
  const shares = edges
    .filter((e) => e.rel.type === 'OWNS' && e.rel.percent !== undefined)
    .map((e) => e.rel.percent!);
  const aggregate = edges.length > 1 ? ' in aggregate' : '';
  const how = edges.every((e) => e.rel.type === 'OWNS')
    ? shares.length === edges.length
      ? `owned ${shares.reduce((a, b) => a + b, 0)} %${aggregate} through`
      : `owned (share not stated)${aggregate} through`
    : edges.some((e) => e.rel.type === 'PART_OF')
      ? 'a branch of'
      : 'controlled through';
  return {
    how:
      edges.length === 1 && paths[0]!.relationships.length === 1
        ? how.replace(' through', ' by')
        : how,
    paths,
    designations: input.upDesignations.filter((d) => reachedListed.has(d.actor)),
    assumesUnknownShares: assumed.has(id),
  };
}

/**
 * The chains longer than one hop, in words from the actor up to the listed
 * one ("Chain: A, part of B, controlled by C, listed."), so the reader sees
 * every hop the status rests on, not only its two ends.
 */
function chainsText(paths: readonly Path[]): string {
  const long = paths.filter((p) => p.relationships.length > 1);
  if (long.length === 0) return '';
  const texts = long.map((p) => {
    const words = [p.actors[p.actors.length - 1]!.name];
    for (let i = p.relationships.length - 1; i >= 0; i--) {
      const rel = p.relationships[i]!;
      const upper = p.actors[i]!.name;
      words.push(
        rel.type === 'PART_OF'
          ? `part of ${upper}`
          : rel.type === 'OWNS'
            ? `owned ${rel.percent !== undefined ? `${rel.percent} % ` : ''}by ${upper}`
            : rel.type === 'COMMANDS'
              ? `commanded by ${upper}`
              : `controlled by ${upper}`,
      );
    }
    return words.join(', ');
  });
  return ` Chain${texts.length > 1 ? 's' : ''}: ${texts.join('; ')}.`;
}

/** The shortest chain from a listed actor down to `from` (inclusive), over qualifying edges. */
function chainToListed(
  from: string,
  listed: ReadonlySet<string>,
  blocked: ReadonlySet<string>,
  qualifying: (child: string) => { edges: { parent: string; rel: Relationship }[] } | undefined,
): { actors: string[]; rels: Relationship[] } {
  // BFS upward; each step goes to a blocked parent whose edge qualifies.
  const back = new Map<string, { child: string; rel: Relationship } | null>([[from, null]]);
  const queue = [from];
  let found: string | undefined;
  for (let i = 0; i < queue.length && found === undefined; i++) {
    const v = queue[i]!;
    if (listed.has(v)) {
      found = v;
      break;
    }
    const edges = (qualifying(v)?.edges ?? []).filter((e) => blocked.has(e.parent));
    edges.sort((a, b) => compareStrings(a.parent, b.parent) || compareStrings(a.rel.id, b.rel.id));
    for (const e of edges) {
      if (back.has(e.parent)) continue;
      back.set(e.parent, { child: v, rel: e.rel });
      queue.push(e.parent);
    }
  }
  const actors: string[] = [];
  const rels: Relationship[] = [];
  for (let v: string | undefined = found ?? from; v !== undefined;) {
    actors.push(v);
    const step = back.get(v);
    if (!step) break;
    rels.push(step.rel);
    v = step.child;
  }
  return { actors, rels };
}
