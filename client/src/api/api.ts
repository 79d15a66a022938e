import { MONEY_TYPES } from '@explorer/domain';
/**
 * One function per operation the client uses. Each returns the field's value
 * (not the whole `data`) and accepts an optional AbortSignal.
 */
import type {
  ActorQuery,
  ActorQueryVariables,
  AuthorityDesignationsQuery,
  AuthorityDesignationsQueryVariables,
  ControlChainQuery,
  ControlChainQueryVariables,
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
  SanctionStatusQuery,
  SanctionStatusQueryVariables,
  SearchActorsQuery,
  SearchActorsQueryVariables,
  TimelineBucketsQuery,
  TimelineBucketsQueryVariables,
  TimelineEventsQuery,
  TimelineEventsQueryVariables,
} from '../generated/graphql';
import {
  ACTOR,
  ACTOR_SUMMARY,
  AUTHORITY_DESIGNATIONS,
  CONTROL_CHAIN,
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
  SANCTION_STATUS,
  SEARCH_ACTORS,
  SUBGRAPH_FIELDS,
  TIMELINE_BUCKETS,
  TIMELINE_EVENTS,
  withFragments,
} from './documents';
import { designationAsLink } from './designationLink';
import { request, type LooseVariables } from './request';
import type {
  DesignationFieldsFragment,
  RelationshipFieldsFragment as RelationshipFields,
} from '../generated/graphql';

const SUBGRAPH = [SUBGRAPH_FIELDS, ACTOR_SUMMARY, RELATIONSHIP_FIELDS, DESIGNATION_FIELDS];

export type SearchResult = SearchActorsQuery['searchActors'][number];
/** An actor with its relationships and its designation records. */
export type ActorDetail = NonNullable<ActorQuery['actor']>;
/** A designation record: authority, list, programs, dates, source entry, reason, evidence. */
export type Designation = DesignationFieldsFragment;
export type SanctionStatusReport = SanctionStatusQuery['sanctionStatus'];
export type AuthorityStatus = SanctionStatusReport['byAuthority'][number];
export type DesignationPage = AuthorityDesignationsQuery['designations'];
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
export type TimelineBuckets = TimelineBucketsQuery['timeline'];
export type TimelineBucket = TimelineBuckets['buckets'][number];
export type TimelineEventsPage = TimelineEventsQuery['timeline'];
export type TimelineEvent = TimelineEventsPage['events'][number];
export type {
  ActorKind,
  TimeBucket,
  TimelineEventKind,
  Origin,
  ActorSummaryFragment as ActorSummary,
  RelationshipFieldsFragment as RelationshipFields,
  RelationType,
  ChainDirection,
  SanctionStatus,
  SanctionRule,
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
  return data.actor;
}

/**
 * An actor's sanction status per authority (every authority with a
 * designation in the graph, or `authority`), with rule, explanation, paths
 * and designations. Server defaults: in force now, undated links counted, 4 hops.
 */
export async function fetchSanctionStatus(
  variables: LooseVariables<SanctionStatusQueryVariables> & { id: string },
  signal?: AbortSignal,
): Promise<SanctionStatusReport> {
  const query = withFragments(
    SANCTION_STATUS,
    ACTOR_SUMMARY,
    RELATIONSHIP_FIELDS,
    DESIGNATION_FIELDS,
  );
  const data = await request<SanctionStatusQuery, SanctionStatusQueryVariables>(
    'SanctionStatus',
    query,
    variables,
    signal,
  );
  return data.sanctionStatus;
}

/**
 * One page of an authority's designations with `totalCount` and the counts
 * by program of all pages: pass `pageInfo.endCursor` as `after` for the next
 * (server default: 50 a page, at most 500).
 */
export async function fetchDesignationPage(
  variables: LooseVariables<AuthorityDesignationsQueryVariables> & { authority: string },
  signal?: AbortSignal,
): Promise<DesignationPage> {
  const query = withFragments(AUTHORITY_DESIGNATIONS, DESIGNATION_FIELDS);
  const data = await request<AuthorityDesignationsQuery, AuthorityDesignationsQueryVariables>(
    'AuthorityDesignations',
    query,
    variables,
    signal,
  );
  return data.designations;
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

/** Dated facts counted by year or month (server default: YEAR), without the events themselves. */
export async function fetchTimelineBuckets(
  variables: LooseVariables<TimelineBucketsQueryVariables>,
  signal?: AbortSignal,
): Promise<TimelineBuckets> {
  const data = await request<TimelineBucketsQuery, TimelineBucketsQueryVariables>(
    'TimelineBuckets',
    TIMELINE_BUCKETS,
    variables,
    signal,
  );
  return data.timeline;
}

/** One page of a window's dated facts, oldest first, with evidence (server default: 100 a page). */
export async function fetchTimelineEvents(
  variables: LooseVariables<TimelineEventsQueryVariables>,
  signal?: AbortSignal,
): Promise<TimelineEventsPage> {
  const query = withFragments(TIMELINE_EVENTS, RELATIONSHIP_FIELDS, DESIGNATION_FIELDS);
  const data = await request<TimelineEventsQuery, TimelineEventsQueryVariables>(
    'TimelineEvents',
    query,
    variables,
    signal,
  );
  return data.timeline;
}
