import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Relationship, RelationType } from '@explorer/graph-seed';
import { Neo4jGraphStore } from '../../../server/src/store/neo4j/Neo4jGraphStore';
import { MemoryGraphStore } from '../../../server/src/store/memory/MemoryGraphStore';
import type { Path } from '../../../server/src/store/GraphStore';
import type { Expand, IdPath } from '../../../server/src/store/walk/walk';
import { comparePaths } from '../../../server/src/store/walk/walk';
import { neighborhoodIds, shortestPathIds } from '../../../server/src/store/walk/queries';
import { DEFAULT_DATA_DIR, ensureData, parseSize } from '../generate';
import { readFtm } from '../ftm';
import { drawSamples } from '../samples';
import { renderTable, summarize, type Row } from '../stats';

/**
 * Before/after numbers for the Neo4j fixes proposed in the README, against
 * the bench database as `npm run bench` left it (run that first for the same
 * size):
 * - light expand: each BFS level returns ids only (from, relationship id,
 *   type, endpoints), and only what the walk keeps is read in full;
 * - paths in one query: allShortestPaths (bidirectional) capped like
 *   MAX_ENUMERATED_PATHS, ordered by comparePaths in TypeScript.
 * Answers are compared (ids) with the embedded store's, the contract's
 * reference: both stores must agree.
 * npx tsx --tsconfig bench/tsconfig.json bench/src/proto/neo4j.ts --size 1M
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1M' },
    seed: { type: 'string', default: '1' },
    samples: { type: 'string', default: '10' },
    uri: { type: 'string', default: process.env.BENCH_NEO4J_URI ?? 'bolt://127.0.0.1:7697' },
  },
});

const MAX_ROWS_PER_LEVEL = 50_000;

function lightExpander(driver: Driver): Expand {
  return async (frontier) => {
    const { records } = await driver.executeQuery(
      `UNWIND $frontier AS id
       MATCH (a:Actor {id: id})-[r]-(b)
       WITH DISTINCT id, r
       ORDER BY id, r.id
       LIMIT $maxRows
       RETURN id AS from, r.id AS rid, type(r) AS type, startNode(r).id AS s, endNode(r).id AS t`,
      { frontier, maxRows: neo4j.int(MAX_ROWS_PER_LEVEL) },
      { database: 'neo4j' },
    );
    return records.map((rec) => {
      const from = rec.get('from') as string;
      const rel = {
        id: rec.get('rid') as string,
        type: rec.get('type') as RelationType,
        source: rec.get('s') as string,
        target: rec.get('t') as string,
        evidence: [],
        origin: 'imported',
      } as Relationship;
      return { from, to: rel.source === from ? rel.target : rel.source, rel };
    });
  };
}

async function hydrate(
  store: Neo4jGraphStore,
  rels: readonly Relationship[],
): Promise<Relationship[]> {
  return store.getRelationships(rels.map((r) => r.id));
}

async function pathsInOneQuery(
  driver: Driver,
  store: Neo4jGraphStore,
  from: string,
  to: string,
): Promise<Path[]> {
  const { records } = await driver.executeQuery(
    `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
     MATCH p = allShortestPaths((a)-[*..4]-(b))
     WITH p LIMIT 2000
     RETURN [n IN nodes(p) | n.id] AS actors,
            [r IN relationships(p) | {id: r.id, type: type(r), s: startNode(r).id, t: endNode(r).id}] AS rels`,
    { from, to },
    { database: 'neo4j' },
  );
  const idPaths: IdPath[] = records.map((rec) => ({
    actors: rec.get('actors') as string[],
    rels: (rec.get('rels') as { id: string; type: RelationType; s: string; t: string }[]).map(
      (r) => ({ id: r.id, type: r.type, source: r.s, target: r.t }) as Relationship,
    ),
  }));
  const kept = idPaths.sort(comparePaths).slice(0, 5);
  const rels = new Map(
    (
      await hydrate(store, [...new Map(kept.flatMap((p) => p.rels.map((r) => [r.id, r]))).values()])
    ).map((r) => [r.id, r] as const),
  );
  const actors = new Map(
    (await store.getActors([...new Set(kept.flatMap((p) => p.actors))])).map(
      (a) => [a.id, a] as const,
    ),
  );
  return kept.map((p) => ({
    actors: p.actors.map((id) => actors.get(id)!),
    relationships: p.rels.map((r) => rels.get(r.id)!),
  }));
}

async function main(): Promise<void> {
  const seed = Number(values.seed);
  const { file } = ensureData(DEFAULT_DATA_DIR, parseSize(values.size!), seed);
  const { actors, relationships } = readFtm(file);
  const samples = drawSamples(actors, relationships, Number(values.samples), seed);
  const store = new Neo4jGraphStore({
    uri: values.uri!,
    user: 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'devpassword',
    database: 'neo4j',
    queryTimeoutMs: 60_000,
  });
  const driver = neo4j.driver(
    values.uri!,
    neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? 'devpassword'),
    {
      disableLosslessIntegers: true,
    },
  );
  const { relationships: count } = await store.stats();
  if (count !== relationships.length) {
    throw new Error(
      `the bench database holds ${count} relationships, not ${relationships.length}: run npm run bench -- --sizes ${values.size} --only neo4j first`,
    );
  }
  // The reference answers: the embedded store over the same records.
  const reference = new MemoryGraphStore(600_000);
  await reference.upsertActors(actors);
  await reference.upsertRelationships(relationships);
  const rows: Row[] = [];
  const light = lightExpander(driver);
  const time = async (fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  try {
    for (const depth of [1, 2]) {
      const before: number[] = [];
      const after: number[] = [];
      let storeDiffers = 0;
      let differ = 0;
      const keyOf = (x: { actors: string[]; rels: string[] }) => JSON.stringify(x);
      for (const id of samples.actors) {
        let sub: Awaited<ReturnType<Neo4jGraphStore['neighborhood']>> | undefined;
        before.push(
          await time(async () => (sub = await store.neighborhood(id, { depth, limit: 200 }))),
        );
        let mine: { actors: string[]; rels: string[] } | undefined;
        after.push(
          await time(async () => {
            const ids = await neighborhoodIds(id, light, depth, 200);
            const [full, acts] = await Promise.all([
              hydrate(store, ids.relationships),
              store.getActors(ids.actorIds),
            ]);
            mine = { actors: acts.map((a) => a.id), rels: full.map((r) => r.id) };
          }),
        );
        const ref = await reference.neighborhood(id, { depth, limit: 200 });
        const want = keyOf({
          actors: ref.actors.map((a) => a.id),
          rels: ref.relationships.map((r) => r.id),
        });
        if (
          keyOf({
            actors: sub!.actors.map((a) => a.id),
            rels: sub!.relationships.map((r) => r.id),
          }) !== want
        )
          storeDiffers++;
        if (keyOf(mine!) !== want) differ++;
      }
      rows.push(
        {
          what: `neighbourhood depth ${depth}: Neo4jGraphStore`,
          unit: 'ms',
          value: summarize(before),
          note: `${storeDiffers} of ${before.length} answers differ from the embedded store's`,
        },
        {
          what: `neighbourhood depth ${depth}: light expand + hydrate kept`,
          unit: 'ms',
          value: summarize(after),
          baseline: summarize(before),
          baselineLabel: 'store',
          note: `${differ} differ from the embedded store's`,
        },
      );
      process.stderr.write(`proto neo4j: neighbourhood ${depth} done\n`);
    }
    const before: number[] = [];
    const lightPaths: number[] = [];
    const oneQuery: number[] = [];
    let differStore = 0;
    let differLight = 0;
    let differOne = 0;
    const key = (paths: { actors: string[]; rels: string[] }[]) => JSON.stringify(paths);
    const ofPaths = (paths: Path[]) =>
      paths.map((p) => ({
        actors: p.actors.map((a) => a.id),
        rels: p.relationships.map((r) => r.id),
      }));
    for (const [a, b] of samples.pairs.filter(([x, y]) => x !== y)) {
      const query = { maxHops: 4, directed: false, first: 5 };
      let base: Path[] = [];
      before.push(await time(async () => (base = await store.shortestPaths(a, b, query))));
      let viaLight: { actors: string[]; rels: string[] }[] = [];
      lightPaths.push(
        await time(async () => {
          const ids = await shortestPathIds(a, b, light, 4, 5);
          viaLight = ids.map((p) => ({ actors: p.actors, rels: p.rels.map((r) => r.id) }));
          await hydrate(
            store,
            ids.flatMap((p) => p.rels),
          );
        }),
      );
      let one: Path[] = [];
      oneQuery.push(await time(async () => (one = await pathsInOneQuery(driver, store, a, b))));
      const want = key(ofPaths(await reference.shortestPaths(a, b, query)));
      if (key(ofPaths(base)) !== want) differStore++;
      if (key(viaLight) !== want) differLight++;
      if (key(ofPaths(one)) !== want) differOne++;
    }
    rows.push(
      {
        what: 'paths maxHops 4: Neo4jGraphStore',
        unit: 'ms',
        value: summarize(before),
        note: `${differStore} of ${before.length} answers differ from the embedded store's`,
      },
      {
        what: 'paths maxHops 4: light expand + hydrate kept',
        unit: 'ms',
        value: summarize(lightPaths),
        baseline: summarize(before),
        baselineLabel: 'store',
        note: `${differLight} differ from the embedded store's`,
      },
      {
        what: 'paths maxHops 4: one allShortestPaths query, ordered in TypeScript',
        unit: 'ms',
        value: summarize(oneQuery),
        baseline: summarize(before),
        baselineLabel: 'store',
        note: `${differOne} differ from the embedded store's`,
      },
    );
  } finally {
    await driver.close();
    await store.close();
  }
  console.log(
    renderTable({ title: `Prototypes for the Neo4j store — ${values.size} relationships`, rows }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
