/**
 * One function per operation the client uses. Each returns the field's value
 * (not the whole `data`) and accepts an optional AbortSignal.
 */
import type {
  ActorQuery,
  ActorQueryVariables,
  DocumentsQuery,
  GraphQuery,
  GraphQueryVariables,
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
  DOCUMENTS,
  GRAPH,
  NEIGHBORHOOD,
  PATHS,
  RELATIONSHIP_FIELDS,
  SANCTION_EXPOSURE,
  SEARCH_ACTORS,
  SUBGRAPH_FIELDS,
  withFragments,
} from './documents';
import { request, type LooseVariables } from './request';

const SUBGRAPH = [SUBGRAPH_FIELDS, ACTOR_SUMMARY, RELATIONSHIP_FIELDS];

export type SearchResult = SearchActorsQuery['searchActors'][number];
export type ActorDetail = NonNullable<ActorQuery['actor']>;
export type Subgraph = GraphQuery['graph'];
export type PathResult = PathsQuery['paths'][number];
export type SourceDocument = DocumentsQuery['documents'][number];
export type Exposure = SanctionExposureQuery['sanctionExposure'];
export type {
  ActorKind,
  ActorSummaryFragment as ActorSummary,
  RelationshipFieldsFragment as RelationshipFields,
  RelationType,
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
  const query = withFragments(ACTOR, ACTOR_SUMMARY, RELATIONSHIP_FIELDS);
  const data = await request<ActorQuery, ActorQueryVariables>('Actor', query, { id }, signal);
  return data.actor;
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

/** Actors within `depth` hops of `id` (server default: 1), with their relationships. */
export async function fetchNeighborhood(
  variables: LooseVariables<NeighborhoodQueryVariables> & { id: string },
  signal?: AbortSignal,
): Promise<Subgraph> {
  const query = withFragments(NEIGHBORHOOD, ...SUBGRAPH);
  const data = await request<NeighborhoodQuery, NeighborhoodQueryVariables>(
    'Neighborhood',
    query,
    variables,
    signal,
  );
  return data.neighborhood;
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
  const query = withFragments(SANCTION_EXPOSURE, ACTOR_SUMMARY, RELATIONSHIP_FIELDS);
  const data = await request<SanctionExposureQuery, SanctionExposureQueryVariables>(
    'SanctionExposure',
    query,
    variables,
    signal,
  );
  return data.sanctionExposure;
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
