import { parseArgs } from 'node:util';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Relationship, RelationType } from '@explorer/graph-seed';
import { Neo4jGraphStore } from '../../../server/src/store/neo4j/Neo4jGraphStore';
import { actorToProps, relationshipToProps } from '../../../server/src/store/neo4j/mapping';
import { relationshipsWithId } from '../../../server/src/store/neo4j/writes';
import { DEFAULT_DATA_DIR, ensureData, parseSize } from '../generate';
import { readFtm } from '../ftm';
import { renderTable, summarize, type Row } from '../stats';

/**
 * Where the Neo4j relationship import spends its time, and what the
 * proposed changes give: a replica of upsertRelationships
 * (server/src/store/neo4j/writes.ts) with each statement timed, then
 * variants. Clears the bench database (bolt://127.0.0.1:7697 unless
 * BENCH_NEO4J_URI). npx tsx --tsconfig bench/tsconfig.json bench/src/proto/neo4jImport.ts --size 100k
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100k' },
    seed: { type: 'string', default: '1' },
    uri: { type: 'string', default: process.env.BENCH_NEO4J_URI ?? 'bolt://127.0.0.1:7697' },
  },
});

type Phase =
  'pre-check (read tx)' | 'endpoint check (write tx)' | 'removeMoved' | 'MERGE per type' | 'commit';

interface Variant {
  name: string;
  batch: number;
  preCheck: boolean;
  removeMoved: boolean;
  /** One statement for every type of the batch instead of one per type. */
  merge: 'per type' | 'CREATE when new';
}

const VARIANTS: Variant[] = [
  {
    name: 'as shipped (2,000 rows per tx)',
    batch: 2000,
    preCheck: true,
    removeMoved: true,
    merge: 'per type',
  },
  {
    name: 'no separate pre-check pass',
    batch: 2000,
    preCheck: false,
    removeMoved: true,
    merge: 'per type',
  },
  {
    name: 'no pre-check, 10,000 rows per tx',
    batch: 10000,
    preCheck: false,
    removeMoved: true,
    merge: 'per type',
  },
  {
    name: 'no pre-check, no removeMoved (ids known new)',
    batch: 10000,
    preCheck: false,
    removeMoved: false,
    merge: 'per type',
  },
];

async function write(
  driver: Driver,
  rels: readonly Relationship[],
  v: Variant,
  phases: Map<Phase, number>,
): Promise<void> {
  const add = (phase: Phase, ms: number) => phases.set(phase, (phases.get(phase) ?? 0) + ms);
  const timed = async <T>(phase: Phase, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const out = await fn();
    add(phase, performance.now() - t);
    return out;
  };
  const check = (tx: ManagedTransaction, batch: readonly Relationship[]) =>
    tx.run(
      'UNWIND $ids AS id OPTIONAL MATCH (a:Actor {id: id}) WITH id, a WHERE a IS NULL RETURN id',
      { ids: [...new Set(batch.flatMap((r) => [r.source, r.target]))] },
    );
  for (let i = 0; i < rels.length; i += v.batch) {
    const batch = rels.slice(i, i + v.batch);
    if (v.preCheck) {
      const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
      await timed('pre-check (read tx)', () => session.executeRead((tx) => check(tx, batch)));
      await session.close();
    }
    const session = driver.session({ database: 'neo4j' });
    const tx = session.beginTransaction();
    await timed('endpoint check (write tx)', () =>
      tx.run(
        'UNWIND $ids AS id OPTIONAL MATCH (a:Actor {id: id}) WITH id, a WHERE a IS NULL RETURN id',
        { ids: [...new Set(batch.flatMap((r) => [r.source, r.target]))] },
      ),
    );
    if (v.removeMoved) {
      const rows = batch.map((r) => ({
        id: r.id,
        type: r.type,
        source: r.source,
        target: r.target,
      }));
      await timed('removeMoved', () =>
        tx.run(
          `UNWIND $rows AS row WITH row, row.id AS id ${relationshipsWithId('id')}
           WITH row, r WHERE type(r) <> row.type OR startNode(r).id <> row.source OR endNode(r).id <> row.target
           DELETE r`,
          { rows },
        ),
      );
    }
    const byType = new Map<RelationType, unknown[]>();
    for (const rel of batch) {
      const group = byType.get(rel.type) ?? [];
      group.push({ source: rel.source, target: rel.target, props: relationshipToProps(rel) });
      byType.set(rel.type, group);
    }
    for (const [type, rows] of byType) {
      await timed('MERGE per type', () =>
        tx.run(
          `UNWIND $rows AS row MATCH (s:Actor {id: row.source}) MATCH (t:Actor {id: row.target})
           MERGE (s)-[r:${type} {id: row.props.id}]->(t) SET r = row.props`,
          { rows },
        ),
      );
    }
    await timed('commit', () => tx.commit());
    await session.close();
  }
}

async function main(): Promise<void> {
  const seed = Number(values.seed);
  const { file } = ensureData(DEFAULT_DATA_DIR, parseSize(values.size!), seed);
  const { actors, relationships } = readFtm(file);
  const password = process.env.NEO4J_PASSWORD ?? 'devpassword';
  const store = new Neo4jGraphStore({
    uri: values.uri!,
    user: 'neo4j',
    password,
    database: 'neo4j',
    queryTimeoutMs: 600_000,
  });
  const driver = neo4j.driver(values.uri!, neo4j.auth.basic('neo4j', password), {
    disableLosslessIntegers: true,
  });
  const rows: Row[] = [];
  try {
    await store.init();
    let reference: number | undefined;
    for (const v of VARIANTS) {
      await store.clear();
      await driver.executeQuery(
        "CREATE (:BenchMarker {note: 'written by npm run bench; cleared at will'})",
      );
      for (let i = 0; i < actors.length; i += 10_000) {
        await driver.executeQuery('UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET a = row', {
          rows: actors.slice(i, i + 10_000).map(actorToProps),
        });
      }
      const phases = new Map<Phase, number>();
      const t0 = performance.now();
      await write(driver, relationships, v, phases);
      const rate = relationships.length / ((performance.now() - t0) / 1000);
      reference ??= rate;
      const split = [...phases].map(([p, ms]) => `${p} ${(ms / 1000).toFixed(1)} s`).join(', ');
      rows.push({
        what: `relationships, ${v.name}`,
        unit: 'rows/s',
        value: summarize([rate]),
        baseline: summarize([reference]),
        baselineLabel: 'as shipped',
        note: split,
      });
      process.stderr.write(`proto neo4j import: ${v.name}: ${rate.toFixed(0)} rows/s (${split})\n`);
    }
  } finally {
    await driver.close();
    await store.close();
  }
  console.log(
    renderTable({
      title: `Neo4j relationship import, statement by statement — ${values.size}`,
      rows,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
