/**
 * The GraphQL documents the client sends. Codegen reads each `/* GraphQL *\/`
 * string here and writes their types into `../generated/graphql.ts`.
 * Fragments are separate strings; `withFragments` appends the ones an
 * operation needs when it is sent.
 */

export const ACTOR_SUMMARY = /* GraphQL */ `
  fragment ActorSummary on Actor {
    id
    name
    kind
    aliases
    collective
    memberCount
    origin
  }
`;

export const RELATIONSHIP_FIELDS = /* GraphQL */ `
  fragment RelationshipFields on Relationship {
    id
    type
    start
    end
    percent
    program
    label
    origin
    inferred
    inference
    validity {
      kind
      reason
      period
      endedBefore
      heldOn
    }
    source {
      id
      name
      kind
    }
    target {
      id
      name
      kind
    }
    amount {
      value
      currency
      approximate
      usd
    }
    evidence {
      excerpt
      document
      section
      claimedBy
      statedOn
    }
  }
`;

export const DESIGNATION_FIELDS = /* GraphQL */ `
  fragment DesignationFields on Designation {
    id
    list
    programs
    listedOn
    delistedOn
    sourceEntry
    reason
    origin
    authority {
      id
      name
      kind
    }
    actor {
      id
      name
      kind
    }
    evidence {
      excerpt
      document
      section
      claimedBy
      statedOn
    }
  }
`;

export const SUBGRAPH_FIELDS = /* GraphQL */ `
  fragment SubgraphFields on Subgraph {
    actors {
      ...ActorSummary
    }
    relationships {
      ...RelationshipFields
    }
    truncated
    designations {
      ...DesignationFields
    }
  }
`;

export const SEARCH_ACTORS = /* GraphQL */ `
  query SearchActors($query: String!, $kinds: [ActorKind!], $first: Int, $origin: Origin) {
    searchActors(query: $query, kinds: $kinds, first: $first, origin: $origin) {
      ...ActorSummary
      degree
    }
  }
`;

export const ACTOR = /* GraphQL */ `
  query Actor($id: ID!) {
    actor(id: $id) {
      ...ActorSummary
      summary
      listedAs
      degree
      properties {
        key
        value
      }
      totals {
        inUsd
        outUsd
        unknownCount
      }
      relationships {
        ...RelationshipFields
      }
      designations {
        ...DesignationFields
      }
    }
  }
`;

export const GRAPH = /* GraphQL */ `
  query Graph(
    $types: [RelationType!]
    $kinds: [ActorKind!]
    $asOf: String
    $from: String
    $to: String
    $includeUndated: Boolean
    $limit: Int
    $origin: Origin
  ) {
    graph(
      types: $types
      kinds: $kinds
      asOf: $asOf
      from: $from
      to: $to
      includeUndated: $includeUndated
      limit: $limit
      origin: $origin
    ) {
      ...SubgraphFields
    }
  }
`;

/** Whether the store holds any imported data: one imported relationship or actor. */
export const HAS_IMPORTED = /* GraphQL */ `
  query HasImported {
    graph(origin: IMPORTED, limit: 1) {
      actors {
        id
      }
      relationships {
        id
      }
      truncated
    }
  }
`;

export const NEIGHBORHOOD = /* GraphQL */ `
  query Neighborhood(
    $id: ID!
    $depth: Int
    $types: [RelationType!]
    $limit: Int
    $asOf: String
    $from: String
    $to: String
    $includeUndated: Boolean
    $groupAbove: Int
  ) {
    neighborhood(
      id: $id
      depth: $depth
      types: $types
      limit: $limit
      asOf: $asOf
      from: $from
      to: $to
      includeUndated: $includeUndated
      groupAbove: $groupAbove
    ) {
      ...SubgraphFields
      groups {
        ...GroupFields
      }
    }
  }
`;

/** A crowd a neighbourhood returned as one node (see `ActorGroup` in schema.graphql). */
export const GROUP_FIELDS = /* GraphQL */ `
  fragment GroupFields on ActorGroup {
    id
    type
    direction
    kind
    count
    label
    anchor {
      id
      name
      kind
    }
  }
`;

/** One page of a group's members (`after`: the previous endCursor), or those matching `query`. */
export const GROUP_MEMBERS = /* GraphQL */ `
  query GroupMembers($id: ID!, $first: Int, $after: String, $query: String) {
    group(id: $id) {
      id
      count
      members(first: $first, after: $after, query: $query) {
        actors {
          ...ActorSummary
        }
        relationships {
          ...RelationshipFields
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

export const PATHS = /* GraphQL */ `
  query Paths(
    $from: ID!
    $to: ID!
    $maxHops: Int
    $types: [RelationType!]
    $directed: Boolean
    $first: Int
    $asOf: String
    $timeFrom: String
    $timeTo: String
    $includeUndated: Boolean
  ) {
    paths(
      from: $from
      to: $to
      maxHops: $maxHops
      types: $types
      directed: $directed
      first: $first
      asOf: $asOf
      timeFrom: $timeFrom
      timeTo: $timeTo
      includeUndated: $includeUndated
    ) {
      hops
      actors {
        ...ActorSummary
      }
      relationships {
        ...RelationshipFields
      }
    }
  }
`;

export const SANCTION_EXPOSURE = /* GraphQL */ `
  query SanctionExposure(
    $id: ID!
    $maxHops: Int
    $first: Int
    $via: [RelationType!]
    $asOf: String
  ) {
    sanctionExposure(id: $id, maxHops: $maxHops, first: $first, via: $via, asOf: $asOf) {
      status
      rule
      paths {
        hops
        actors {
          ...ActorSummary
        }
        relationships {
          ...RelationshipFields
        }
      }
      designations {
        ...DesignationFields
      }
    }
  }
`;

export const CONTROL_CHAIN = /* GraphQL */ `
  query ControlChain(
    $id: ID!
    $direction: ChainDirection
    $maxHops: Int
    $asOf: String
    $from: String
    $to: String
    $includeUndated: Boolean
  ) {
    controlChain(
      id: $id
      direction: $direction
      maxHops: $maxHops
      asOf: $asOf
      from: $from
      to: $to
      includeUndated: $includeUndated
    ) {
      ...SubgraphFields
    }
  }
`;

export const MONEY_FLOWS = /* GraphQL */ `
  query MoneyFlows($id: ID!, $from: String, $to: String, $includeUndated: Boolean) {
    moneyFlows(id: $id, from: $from, to: $to, includeUndated: $includeUndated) {
      flows {
        ...RelationshipFields
      }
      byCounterparty {
        counterparty {
          id
          name
          kind
        }
        usd
        inUsd
        outUsd
        count
        knownCount
      }
      unknownAmountCount
    }
  }
`;

/** Money relationships with each actor's documented totals, for the money view. */
export const MONEY_GRAPH = /* GraphQL */ `
  query MoneyGraph(
    $types: [RelationType!]!
    $asOf: String
    $from: String
    $to: String
    $includeUndated: Boolean
    $limit: Int
  ) {
    graph(
      types: $types
      asOf: $asOf
      from: $from
      to: $to
      includeUndated: $includeUndated
      limit: $limit
    ) {
      actors {
        ...ActorSummary
        totals {
          inUsd
          outUsd
          unknownCount
        }
      }
      relationships {
        ...RelationshipFields
      }
      truncated
    }
  }
`;

/**
 * One page of the designations an authority issued, with the total and the
 * counts by program of everything the filters match (all pages).
 */
export const AUTHORITY_DESIGNATIONS = /* GraphQL */ `
  query AuthorityDesignations(
    $authority: ID!
    $program: String
    $asOf: String
    $first: Int
    $after: String
  ) {
    designations(
      authority: $authority
      program: $program
      asOf: $asOf
      first: $first
      after: $after
    ) {
      totalCount
      byProgram {
        key
        count
      }
      edges {
        node {
          ...DesignationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const SANCTION_STATUS = /* GraphQL */ `
  query SanctionStatus($id: ID!, $authority: ID, $asOf: String) {
    sanctionStatus(id: $id, authority: $authority, asOf: $asOf) {
      asOf
      status
      byAuthority {
        authority {
          id
          name
          kind
        }
        status
        rule
        explanation
        assumesUnknownShares
        paths {
          hops
          actors {
            ...ActorSummary
          }
          relationships {
            ...RelationshipFields
          }
        }
        designations {
          ...DesignationFields
        }
      }
    }
  }
`;

export const DOCUMENTS = /* GraphQL */ `
  query Documents {
    documents {
      id
      title
      publisher
      date
      url
    }
  }
`;

/** The timeline's bars: dated facts counted by year or month (no events: `first: 1` is the least the API takes). */
export const TIMELINE_BUCKETS = /* GraphQL */ `
  query TimelineBuckets($from: String, $to: String, $bucket: TimeBucket, $types: [RelationType!]) {
    timeline(from: $from, to: $to, bucket: $bucket, types: $types, first: 1) {
      buckets {
        period
        relationships
        designations
        flows
        flowUsd
      }
      totalEvents
      truncated
    }
  }
`;

/** The dated facts of a window, oldest first, a page at a time, with their evidence. */
export const TIMELINE_EVENTS = /* GraphQL */ `
  query TimelineEvents(
    $from: String
    $to: String
    $types: [RelationType!]
    $first: Int
    $after: String
  ) {
    timeline(from: $from, to: $to, types: $types, first: $first, after: $after) {
      totalEvents
      events {
        date
        kind
        relationship {
          ...RelationshipFields
        }
        designation {
          ...DesignationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** An operation followed by the fragments it spreads, each once. */
export function withFragments(operation: string, ...fragments: string[]): string {
  return [operation, ...new Set(fragments)].join('\n');
}
