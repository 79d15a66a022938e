import { ACTOR_KINDS, ErrorCode, RELATION_TYPES, validityOf, type Actor } from '@explorer/domain';
import type { Resolvers } from '../generated/graphql';
import { DomainError } from '../errors/DomainError';
import { primeActors, type RequestContext } from './context';
import { groupLabel } from '../services/grouping/groupLabel';

/** Thin resolvers: arguments in, service call, result out. Rules live in the services. */
export const resolvers: Resolvers = {
  Query: {
    searchActors: (_root, { query, kinds, first, origin }, { services }) =>
      services.actors.search(query, kinds, first, origin),
    actor: (_root, { id }, { loaders }) => loaders.actor.load(id),
    graph: async (_root, args, { services, loaders }) =>
      primeActors(loaders, await services.graph.graph(args), subgraphActors),
    neighborhood: async (_root, { id, ...args }, { services, loaders }) =>
      primeActors(loaders, await services.graph.neighborhood(id, args), subgraphActors),
    paths: async (_root, { from, to, ...args }, { services, loaders }) =>
      primeActors(loaders, await services.graph.paths(from, to, args), pathsActors),
    stats: async (_root, _args, { services }) => {
      const stats = await services.actors.stats();
      return {
        actors: stats.actors,
        relationships: stats.relationships,
        designations: stats.designations,
        actorsByKind: ACTOR_KINDS.filter((k) => stats.actorsByKind[k]).map((kind) => ({
          kind,
          count: stats.actorsByKind[kind]!,
        })),
        relationshipsByType: RELATION_TYPES.filter((t) => stats.relationshipsByType[t]).map(
          (type) => ({
            type,
            count: stats.relationshipsByType[type]!,
          }),
        ),
      };
    },
    documents: (_root, _args, { services }) => [...services.documents],
    controlChain: async (_root, { id, ...args }, { services, loaders }) =>
      primeActors(loaders, await services.chains.controlChain(id, args), subgraphActors),
    moneyFlows: (_root, { id, ...args }, { services }) => services.money.flows(id, args),
    designations: (_root, args, { services }) => services.sanctions.designations(args),
    sanctionStatus: (_root, { id, ...args }, { services }) => services.sanctions.status(id, args),
    group: (_root, { id }, { services }) => services.graph.group(id),
    sanctionExposure: async (_root, { id, ...args }, { services, loaders }) =>
      primeActors(loaders, await services.sanctions.exposure(id, args), (e) =>
        pathsActors(e.paths),
      ),
    rank: (_root, args, { services }) => services.rank.rank(args),
    listMatches: (_root, args, { services }) => services.matches.list(args),
    timeline: (_root, args, { services }) => services.timeline.timeline(args),
  },
  Actor: {
    collective: (actor) => actor.collective ?? false,
    listedAs: (actor) => actor.listedAs ?? [],
    memberCount: (actor) => actor.memberCount ?? null,
    properties: (actor) => propertyList(actor.properties),
    relationships: (actor, { types, direction, first }, { loaders }) =>
      loaders.relationships(actor.id, types, direction, first),
    designations: (actor, { asOf }, { services }) =>
      services.sanctions.designationsOf(actor.id, asOf),
    designationsIssued: (actor, args, { services }) =>
      services.sanctions.designations({ ...args, authority: actor.id }),
    listMatches: (actor, { status }, { services }) => services.matches.of(actor, status),
    degree: (actor, _args, { loaders }) => loaders.degree.load(actor.id),
    totals: (actor, _args, { services }) => services.money.totals(actor.id),
  },
  ListMatch: {
    actor: (m, _args, ctx) => endpoint(ctx, m.actor),
    status: (m) => m.status.toUpperCase() as Uppercase<typeof m.status>,
    decidedBy: (m) => m.decidedBy.toUpperCase() as Uppercase<typeof m.decidedBy>,
    // The entry's own imported actor exists only while no match of it is accepted.
    entryActor: async (m, _args, { loaders }) => (await loaders.actor.load(m.entry)) ?? null,
  },
  FlowTotal: {
    counterparty: (total, _args, ctx) =>
      total.counterpartyId ? endpoint(ctx, total.counterpartyId) : null,
    year: (total) => total.year ?? null,
  },
  Relationship: {
    validity: (rel) => validityOf(rel),
    inferred: (rel) => rel.inferred ?? false,
    source: (rel, _args, ctx) => endpoint(ctx, rel.source),
    target: (rel, _args, ctx) => endpoint(ctx, rel.target),
  },
  Designation: {
    actor: (d, _args, ctx) => endpoint(ctx, d.actor),
    authority: (d, _args, ctx) => endpoint(ctx, d.authority),
    properties: (d) => propertyList(d.properties),
  },
  ActorGroup: {
    anchor: (g, _args, ctx) => endpoint(ctx, g.actor),
    label: async (g, _args, ctx) => groupLabel(g, (await endpoint(ctx, g.actor)).name),
    members: (g, args, { services }) => services.graph.groupMembers(g, args),
  },
  GroupMembers: {
    pageInfo: (page) => ({ hasNextPage: page.hasNextPage, endCursor: page.endCursor }),
  },
  Subgraph: {
    groups: (sub) => sub.groups ?? [],
    designations: (sub, _args, { services }) =>
      services.sanctions.designationsAmong(
        sub.actors.map((a) => a.id),
        sub.asOf,
      ),
  },
  Evidence: {
    documentTitle: (evidence, _args, { services }) =>
      services.documents.find((d) => d.id === evidence.document)?.title ?? null,
  },
  Path: {
    hops: (path) => path.relationships.length,
  },
};

const subgraphActors = (sub: { actors: readonly Actor[] }) => sub.actors;
const pathsActors = (paths: readonly { actors: readonly Actor[] }[]) =>
  paths.flatMap((p) => p.actors);

/** Flat facts sorted by key; import bookkeeping (import:*) stays internal. */
function propertyList(properties: Record<string, string | number | boolean> | undefined) {
  return Object.entries(properties ?? {})
    .filter(([key]) => !key.startsWith('import:'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => ({ key, value: String(value) }));
}

/** The actor at one end of a relationship: at once when this request loaded it already. */
function endpoint(ctx: RequestContext, id: string): Actor | Promise<Actor> {
  const loaded = ctx.loaders.loadedActor(id);
  return loaded !== undefined
    ? present(loaded, id)
    : ctx.loaders.actor.load(id).then((a) => present(a, id));
}

function present(actor: Actor | null, id: string): Actor {
  // A relationship whose endpoint vanished means the store is inconsistent, not a user mistake.
  if (!actor)
    throw new DomainError(ErrorCode.INTERNAL_SERVER_ERROR, `relationship endpoint "${id}" missing`);
  return actor;
}
