import type { SourceDocument } from '@explorer/graph-seed';
import type { GraphStore } from '../store/GraphStore';
import { ActorService } from './ActorService';
import { GraphService } from './GraphService';

/** The domain services one request may use. Stateless: safe to share across requests and instances. */
export interface Services {
  actors: ActorService;
  graph: GraphService;
  documents: readonly SourceDocument[];
}

export function createServices(store: GraphStore, documents: readonly SourceDocument[]): Services {
  return { actors: new ActorService(store), graph: new GraphService(store), documents };
}
