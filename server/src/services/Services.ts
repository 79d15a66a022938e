import type { SourceDocument } from '@explorer/domain';
import type { GraphStore } from '../store/GraphStore';
import { ActorService } from './ActorService';
import { ChainService } from './ChainService';
import { ExportService } from './ExportService';
import { GraphService } from './GraphService';
import { ListMatchService } from './ListMatchService';
import { TimelineService } from './TimelineService';
import { MoneyService } from './MoneyService';
import { RankService } from './RankService';
import { SanctionsService } from './SanctionsService';

/** The domain services one request may use. Stateless: safe to share across requests and instances. */
export interface Services {
  actors: ActorService;
  graph: GraphService;
  exports: ExportService;
  chains: ChainService;
  money: MoneyService;
  sanctions: SanctionsService;
  rank: RankService;
  matches: ListMatchService;
  timeline: TimelineService;
  documents: readonly SourceDocument[];
}

export interface ServiceOptions {
  /** Deadline of a computation the services run themselves (a ranking), as of the store's walks; default 5000 ms. */
  queryTimeoutMs?: number;
  /** The curated actors' ids: the matches of list entries to them are kept on them. */
  curatedActorIds?: readonly string[];
}

export function createServices(
  store: GraphStore,
  documents: readonly SourceDocument[],
  options: ServiceOptions = {},
): Services {
  const graph = new GraphService(store);
  return {
    actors: new ActorService(store),
    graph,
    exports: new ExportService(store, graph),
    chains: new ChainService(store),
    money: new MoneyService(store),
    sanctions: new SanctionsService(store),
    rank: new RankService(store, options.queryTimeoutMs),
    matches: new ListMatchService(store, options.curatedActorIds ?? []),
    timeline: new TimelineService(store),
    documents,
  };
}
