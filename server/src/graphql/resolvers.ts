import { ACTOR_KINDS, ErrorCode, RELATION_TYPES, type Actor } from '@explorer/domain';
import type { Resolvers } from '../generated/graphql';
import { DomainError } from '../errors/DomainError';
import { primeActors, type RequestContext } from './context';

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
    sanctionExposure: async (_root, { id, ...args }, { services, loaders }) =>
      primeActors(loaders, await services.sanctions.exposure(id, args), (e) =>
        pathsActors(e.paths),
      ),
    rank: (_root, args, { services }) => services.rank.rank(args),
  },
  Actor: {
    collective: (actor) => actor.collective ?? false,
    memberCount: (actor) => actor.memberCount ?? null,
    // Import bookkeeping (import:*) stays internal.
    properties: (actor) =>
      Object.entries(actor.properties ?? {})
        .filter(([key]) => !key.startsWith('import:'))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, value]) => ({ key, value: String(value) })),
    relationships: (actor, { types, direction, first }, { services }) =>
      services.actors.relationships(actor.id, types, direction, first),
    designations: (actor, _args, { services }) => services.actors.designations(actor.id),
    degree: (actor, _args, { loaders }) => loaders.degree.load(actor.id),
    totals: (actor, _args, { services }) => services.money.totals(actor.id),
  },
  FlowTotal: {
    counterparty: (total, _args, ctx) =>
      total.counterpartyId ? endpoint(ctx, total.counterpartyId) : null,
    year: (total) => total.year ?? null,
  },
  Relationship: {
    source: (rel, _args, ctx) => endpoint(ctx, rel.source),
    target: (rel, _args, ctx) => endpoint(ctx, rel.target),
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

async function endpoint(ctx: RequestContext, id: string): Promise<Actor> {
  const actor = await ctx.loaders.actor.load(id);
  // A relationship whose endpoint vanished means the store is inconsistent, not a user mistake.
  if (!actor)
    throw new DomainError(ErrorCode.INTERNAL_SERVER_ERROR, `relationship endpoint "${id}" missing`);
  return actor;
}
