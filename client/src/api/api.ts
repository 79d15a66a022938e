import { MONEY_TYPES } from '@explorer/domain';
/**
 * One function per operation the client uses. Each returns the field's value
 * (not the whole `data`) and accepts an optional AbortSignal.
 */
import type {
  ActorQuery,
  ActorQueryVariables,
  ControlChainQuery,
  ControlChainQueryVariables,
  DesignationsQuery,
  DesignationsQueryVariables,
  MoneyFlowsQuery,
  MoneyFlowsQueryVariables,
  MoneyGraphQuery,
  MoneyGraphQueryVariables,
  DocumentsQuery,
  GraphQuery,
  GraphQueryVariables,
  GroupFieldsFragment,
  GroupMembersQuery,
  GroupMembersQueryVariables,
  HasImportedQuery,
  NeighborhoodQuery,
  NeighborhoodQueryVariables,
  PathsQuery,
  PathsQueryVariables,
  SanctionExposureQuery,
  SanctionExposureQueryVariables,
  SearchActorsQuery,
  SearchActorsQueryVariables,
} from '../generated/graphql';
import {
  ACTOR,
  ACTOR_SUMMARY,
  CONTROL_CHAIN,
  DESIGNATIONS,
  DOCUMENTS,
  MONEY_FLOWS,
  MONEY_GRAPH,
  GRAPH,
  GROUP_FIELDS,
  GROUP_MEMBERS,
  HAS_IMPORTED,
  NEIGHBORHOOD,
  PATHS,
  RELATIONSHIP_FIELDS,
  DESIGNATION_FIELDS,
  SANCTION_EXPOSURE,
  SEARCH_ACTORS,
  SUBGRAPH_FIELDS,
  withFragments,
} from './documents';
import { designationAsLink } from './designationLink';
import { request, type LooseVariables } from './request';
import type { RelationshipFieldsFragment as RelationshipFields } from '../generated/graphql';

const SUBGRAPH = [SUBGRAPH_FIELDS, ACTOR_SUMMARY, RELATIONSHIP_FIELDS];

export type SearchResult = SearchActorsQuery['searchActors'][number];
/** An actor with its designations drawn as links from their authorities (see designationAsLink). */
export type ActorDetail = Omit<NonNullable<ActorQuery['actor']>, 'designations'> & {
  designations: RelationshipFields[];
};
export type Subgraph = GraphQuery['graph'];
/** A crowd of actors a neighbourhood returned as one node instead of its members. */
export type ActorGroup = GroupFieldsFragment;
/** A neighbourhood: a subgraph plus the groups standing for its crowds. */
export type Neighbourhood = Subgraph & { groups: readonly ActorGroup[] };
/** One page of a group's members, with the links that make them members. */
export type GroupMembersPage = GroupMembersQuery['group']['members'];
export type PathResult = PathsQuery['paths'][number];
export type SourceDocument = DocumentsQuery['documents'][number];
export type Exposure = Omit<SanctionExposureQuery['sanctionExposure'], 'designations'> & {
  designations: RelationshipFields[];
};
export type MoneyFlowsResult = MoneyFlowsQuery['moneyFlows'];
export type MoneyGraph = MoneyGraphQuery['graph'];
export type ActorTotals = MoneyGraph['actors'][number]['totals'];
export type {
  ActorKind,
  Origin,
  ActorSummaryFragment as ActorSummary,
  RelationshipFieldsFragment as RelationshipFields,
  RelationType,
  ChainDirection,
} from '../generated/graphql';

/** Actors whose name or alias matches `query`, best first (server default: 20). */
export async function searchActors(
  variables: LooseVariables<SearchActorsQueryVariables> & { query: string },
  signal?: AbortSignal,
): Promise<SearchResult[]> {
  const query = withFragments(SEARCH_ACTORS, ACTOR_SUMMARY);
  const data = await request<SearchActorsQuery, SearchActorsQueryVariables>(
    'SearchActors',
    query,
    variables,
    signal,
  );
  return data.searchActors;
}

/** One actor with its relationships, evidence and designations; null when unknown. */
export async function fetchActor(id: string, signal?: AbortSignal): Promise<ActorDetail | null> {
  const query = withFragments(ACTOR, ACTOR_SUMMARY, RELATIONSHIP_FIELDS, DESIGNATION_FIELDS);
  const data = await request<ActorQuery, ActorQueryVariables>('Actor', query, { id }, signal);
  return (
    data.actor && { ...data.actor, designations: data.actor.designations.map(designationAsLink) }
  );
}

/** The whole graph (server default limit: 2000 relationships). */
export async function fetchGraph(
  variables: LooseVariables<GraphQueryVariables> = {},
  signal?: AbortSignal,
): Promise<Subgraph> {
  const query = withFragments(GRAPH, ...SUBGRAPH);
  const data = await request<GraphQuery, GraphQueryVariables>('Graph', query, variables, signal);
  return data.graph;
}

/** Whether the store holds imported data (one imported relationship or actor is enough). */
export async function fetchHasImported(signal?: AbortSignal): Promise<boolean> {
  const data = await request<HasImportedQuery, Record<string, never>>(
    'HasImported',
    HAS_IMPORTED,
    {},
    signal,
  );
  const g = data.graph;
  return g.truncated || g.relationships.length > 0 || g.actors.length > 0;
}

/**
 * Actors within `depth` hops of `id` (server default: 1), with their
 * relationships; crowds of more than `groupAbove` (server default: 25) come
 * back as `groups`.
 */
export async function fetchNeighborhood(
  variables: LooseVariables<NeighborhoodQueryVariables> & { id: string },
  signal?: AbortSignal,
): Promise<Neighbourhood> {
  const query = withFragments(NEIGHBORHOOD, ...SUBGRAPH, GROUP_FIELDS);
  const data = await request<NeighborhoodQuery, NeighborhoodQueryVariables>(
    'Neighborhood',
    query,
    variables,
    signal,
  );
  return data.neighborhood;
}

/**
 * A page of a group's members (`after`: the previous page's endCursor), or
 * with `query` those whose names match, best first (server default: 50 a page).
 */
export async function fetchGroupMembers(
  variables: LooseVariables<GroupMembersQueryVariables> & { id: string },
  signal?: AbortSignal,
): Promise<GroupMembersPage> {
  const query = withFragments(GROUP_MEMBERS, ACTOR_SUMMARY, RELATIONSHIP_FIELDS);
  const data = await request<GroupMembersQuery, GroupMembersQueryVariables>(
    'GroupMembers',
    query,
    variables,
    signal,
  );
  return data.group.members;
}

/** Shortest paths between two actors, shortest first (server defaults: 4 hops, 5 paths). */
export async function fetchPaths(
  variables: LooseVariables<PathsQueryVariables> & { from: string; to: string },
  signal?: AbortSignal,
): Promise<PathResult[]> {
  const query = withFragments(PATHS, ACTOR_SUMMARY, RELATIONSHIP_FIELDS);
  const data = await request<PathsQuery, PathsQueryVariables>('Paths', query, variables, signal);
  return data.paths;
}

/** How `id` is exposed to sanctions, with the shortest paths that explain it (server defaults: 3 hops, 20 paths). */
export async function fetchSanctionExposure(
  variables: LooseVariables<SanctionExposureQueryVariables> & { id: string },
  signal?: AbortSignal,
): Promise<Exposure> {
  const query = withFragments(
    SANCTION_EXPOSURE,
    ACTOR_SUMMARY,
    RELATIONSHIP_FIELDS,
    DESIGNATION_FIELDS,
  );
  const data = await request<SanctionExposureQuery, SanctionExposureQueryVariables>(
    'SanctionExposure',
    query,
    variables,
    signal,
  );
  const exposure = data.sanctionExposure;
  return { ...exposure, designations: exposure.designations.map(designationAsLink) };
}

/** The documents that evidence cites. */
export async function fetchDocuments(signal?: AbortSignal): Promise<SourceDocument[]> {
  const data = await request<DocumentsQuery, Record<string, never>>(
    'Documents',
    DOCUMENTS,
    {},
    signal,
  );
  return data.documents;
}

/** Who sits above (UP) or beneath (DOWN) an actor (server defaults: UP, 6 hops). */
export async function fetchControlChain(
  variables: LooseVariables<ControlChainQueryVariables> & { id: string },
  signal?: AbortSignal,
): Promise<Subgraph> {
  const query = withFragments(CONTROL_CHAIN, ...SUBGRAPH);
  const data = await request<ControlChainQuery, ControlChainQueryVariables>(
    'ControlChain',
    query,
    variables,
    signal,
  );
  return data.controlChain;
}

/** Money in and out of an actor (FUNDS, INVESTS_IN, OWES), with totals per counterparty. */
export async function fetchMoneyFlows(
  variables: LooseVariables<MoneyFlowsQueryVariables> & { id: string },
  signal?: AbortSignal,
): Promise<MoneyFlowsResult> {
  const query = withFragments(MONEY_FLOWS, RELATIONSHIP_FIELDS);
  const data = await request<MoneyFlowsQuery, MoneyFlowsQueryVariables>(
    'MoneyFlows',
    query,
    variables,
    signal,
  );
  return data.moneyFlows;
}

/** Every money relationship (MONEY_TYPES), with each actor's documented totals (server default limit 2000). */
export async function fetchMoneyGraph(
  variables: LooseVariables<Omit<MoneyGraphQueryVariables, 'types'>> = {},
  signal?: AbortSignal,
): Promise<MoneyGraph> {
  const query = withFragments(MONEY_GRAPH, ACTOR_SUMMARY, RELATIONSHIP_FIELDS);
  const data = await request<MoneyGraphQuery, MoneyGraphQueryVariables>(
    'MoneyGraph',
    query,
    { ...variables, types: [...MONEY_TYPES] },
    signal,
  );
  return data.graph;
}

/** How many designations to read per page, and at most in all. */
const DESIGNATION_PAGE = 500;
const DESIGNATION_PAGES = 10;

/** Every designation (up to 5000) as a link from its authority, following the pages. */
export async function fetchDesignations(signal?: AbortSignal): Promise<RelationshipFields[]> {
  const query = withFragments(DESIGNATIONS, DESIGNATION_FIELDS);
  const all: RelationshipFields[] = [];
  let after: string | null = null;
  for (let page = 0; page < DESIGNATION_PAGES; page++) {
    const data: DesignationsQuery = await request<DesignationsQuery, DesignationsQueryVariables>(
      'Designations',
      query,
      { first: DESIGNATION_PAGE, after },
      signal,
    );
    all.push(...data.designations.edges.map((e) => designationAsLink(e.node)));
    if (!data.designations.pageInfo.hasNextPage) break;
    after = data.designations.pageInfo.endCursor;
  }
  return all;
}
