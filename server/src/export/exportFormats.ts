import type { Actor, Relationship, SourceDocument } from '@explorer/domain';
import type { ExportPartial, ExportScope } from '../services/ExportService';
import { edgeRow, EDGES_HEADER, nodeRow, NODES_HEADER } from './csv';
import { cytoscapeEdge, cytoscapeNode } from './cytoscapeJson';
import {
  actorEntity,
  documentEntity,
  ftmLine,
  ftmSchemaOf,
  relationshipEntity,
  type FtmContext,
} from './ftm';
import { graphmlEdge, graphmlHead, graphmlNode, GRAPHML_TAIL } from './graphml';
import { jsonLine } from './textSafety';
import { zipFiles } from './zip';

/** Writes a chunk of the file, resolving when the connection can take more. */
export type Emit = (chunk: string | Buffer) => Promise<void>;

export interface ExportFormat {
  contentType: string;
  /** The name offered for the download. */
  download: string;
  write(scope: ExportScope, emit: Emit, documents: readonly SourceDocument[]): Promise<void>;
}

/** One line saying what a partial export lacks, for the file's head. */
export function partialNote(p: ExportPartial): string {
  const why =
    p.reason === 'limit'
      ? `the limit of ${p.limit} relationships asked for`
      : `a neighbourhood's largest limit, ${p.limit} relationships`;
  return `PARTIAL EXPORT: ${p.relationships} relationships and ${p.actors} actors, cut at ${why}; the scope holds more. Export without limit (or the whole graph) for all of them.`;
}

async function eachActor(scope: ExportScope, f: (a: Actor) => Promise<void>): Promise<void> {
  for await (const page of scope.actors) for (const a of page) await f(a);
}

async function eachRelationship(
  scope: ExportScope,
  f: (r: Relationship) => Promise<void>,
): Promise<void> {
  for await (const page of scope.relationships) for (const r of page) await f(r);
}

/** CSV with the partial note as a leading `#` comment (`pd.read_csv(url, comment='#')`). */
const csvHead = (scope: ExportScope, header: string): string =>
  (scope.partial ? `# ${partialNote(scope.partial)}\r\n` : '') + header + '\r\n';

const nodesCsv: ExportFormat = {
  contentType: 'text/csv; charset=utf-8',
  download: 'actor-network-nodes.csv',
  async write(scope, emit) {
    await emit(csvHead(scope, NODES_HEADER));
    await eachActor(scope, (a) => emit(nodeRow(a) + '\r\n'));
  },
};

const edgesCsv: ExportFormat = {
  contentType: 'text/csv; charset=utf-8',
  download: 'actor-network-edges.csv',
  async write(scope, emit) {
    await emit(csvHead(scope, EDGES_HEADER));
    await eachRelationship(scope, (r) => emit(edgeRow(r) + '\r\n'));
  },
};

/** Collects what a format writes, for the zip. */
async function collect(format: ExportFormat, scope: ExportScope): Promise<string> {
  const parts: string[] = [];
  await format.write(scope, async (chunk) => void parts.push(String(chunk)), []);
  return parts.join('');
}

const csvZip: ExportFormat = {
  contentType: 'application/zip',
  download: 'actor-network.zip',
  async write(scope, emit) {
    // A zip is written whole; its two files are those of nodes.csv and edges.csv.
    const nodes = await collect(nodesCsv, scope);
    const edges = await collect(edgesCsv, scope);
    await emit(
      zipFiles([
        { name: 'nodes.csv', content: nodes },
        { name: 'edges.csv', content: edges },
      ]),
    );
  },
};

const cytoscape: ExportFormat = {
  contentType: 'application/json',
  download: 'actor-network.json',
  async write(scope, emit) {
    const data = {
      name: 'actor-network',
      complete: scope.partial === undefined,
      ...(scope.partial ? { partial: scope.partial, note: partialNote(scope.partial) } : {}),
      ...(scope.asOf ? { asOf: scope.asOf } : {}),
    };
    // networkx.cytoscape_graph reads `data`, `directed`, `multigraph`; cytoscape.js `elements`.
    await emit(`{"data":${jsonLine(data)},"directed":true,"multigraph":true,"elements":{"nodes":[`);
    let first = true;
    await eachActor(scope, async (a) => {
      await emit((first ? '\n' : ',\n') + jsonLine(cytoscapeNode(a)));
      first = false;
    });
    await emit('\n],"edges":[');
    first = true;
    await eachRelationship(scope, async (r) => {
      await emit((first ? '\n' : ',\n') + jsonLine(cytoscapeEdge(r)));
      first = false;
    });
    await emit(`\n]},"truncated":${scope.partial !== undefined}}\n`);
  },
};

const graphml: ExportFormat = {
  contentType: 'application/graphml+xml',
  download: 'actor-network.graphml',
  async write(scope, emit) {
    await emit(graphmlHead(scope.partial && partialNote(scope.partial)));
    await eachActor(scope, (a) => emit(graphmlNode(a)));
    await eachRelationship(scope, (r) => emit(graphmlEdge(r)));
    await emit(GRAPHML_TAIL);
  },
};

const ftm: ExportFormat = {
  contentType: 'application/x-ndjson',
  download: 'actor-network.ftm.json',
  async write(scope, emit, documents) {
    // Endpoint schemata decide a relationship's FtM schema: one string per actor, kept while writing.
    const schemata = new Map<string, string>();
    const docs = new Map(documents.map((d) => [d.id, d]));
    const cited = new Set<string>();
    const ctx: FtmContext = {
      schemaOf: (id) => schemata.get(id),
      authorityName: (id) => scope.authorities.get(id)?.name,
      document: (id) => docs.get(id),
    };
    if (scope.partial) {
      // FtM lines have no comment: the note is a Note entity, the file's first line.
      await emit(
        ftmLine({
          id: 'actor-network-export-note',
          schema: 'Note',
          properties: { name: ['PARTIAL EXPORT'], description: [partialNote(scope.partial)] },
        }),
      );
    }
    await eachActor(scope, (a) => {
      schemata.set(a.id, ftmSchemaOf(a.kind));
      return emit(ftmLine(actorEntity(a)));
    });
    await eachRelationship(scope, (r) => {
      for (const e of r.evidence) cited.add(e.document);
      return emit(ftmLine(relationshipEntity(r, ctx)));
    });
    for (const id of [...cited].sort()) {
      await emit(ftmLine(documentEntity(docs.get(id) ?? { id, title: id })));
    }
  },
};

/** The files `/export/` serves, by name. */
export const EXPORT_FORMATS: Readonly<Record<string, ExportFormat>> = {
  'graph.json': cytoscape,
  'graph.graphml': graphml,
  'graph.csv': csvZip,
  'graph.zip': csvZip,
  'nodes.csv': nodesCsv,
  'edges.csv': edgesCsv,
  'graph.ftm.json': ftm,
};
