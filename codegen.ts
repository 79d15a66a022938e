import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for resolvers (server) and operations (client) come from
 * schema.graphql; never edit the generated files by hand.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  silent: true,
  ignoreNoDocuments: true,
  generates: {
    'server/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../graphql/context#RequestContext',
        mappers: {
          Actor: '@explorer/domain#Actor as ActorModel',
          Relationship: '@explorer/domain#Relationship as RelationshipModel',
          Path: '../store/GraphStore#Path as PathModel',
          Designation: '@explorer/domain#Designation as DesignationModel',
          Subgraph: '../services/GraphService#DatedSubgraph as SubgraphModel',
          ActorGroup: '../services/grouping/groupedNeighborhood#ActorGroup as ActorGroupModel',
          GroupMembers: '../services/grouping/groupMembers#GroupMembers as GroupMembersModel',
          FlowTotal: '../services/MoneyService#FlowTotal as FlowTotalModel',
          ListMatch: '../services/ListMatchService#ActorListMatch as ListMatchModel',
          Timeline: '../services/TimelineService#Timeline as TimelineModel',
          TimelineEvent: '../services/TimelineService#TimelineEvent as TimelineEventModel',
        },
        enumsAsTypes: true,
        avoidOptionals: false,
        maybeValue: 'T | null | undefined',
      },
    },
    'client/src/generated/graphql.ts': {
      documents: 'client/src/api/**/*.ts',
      plugins: ['typescript', 'typescript-operations'],
      config: { enumsAsTypes: true, avoidOptionals: true, skipTypename: true },
    },
  },
};
export default config;
