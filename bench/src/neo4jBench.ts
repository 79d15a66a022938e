import neo4j, { type Driver } from 'neo4j-driver';
import {
  DEFAULT_EXPOSURE_VIA,
  MONEY_TYPES,
  type Actor,
  type Designation,
  type Relationship,
  type RelationType,
} from '@explorer/domain';
import { Neo4jGraphStore } from '../../server/src/store/neo4j/Neo4jGraphStore';
import { actorToProps, relationshipToProps } from '../../server/src/store/neo4j/mapping';
import { luceneQuery } from '../../server/src/store/neo4j/fulltext';
import { ACTOR_SEARCH_INDEX } from '../../server/src/store/neo4j/schema';
import { DESIGNATES } from '../../server/src/store/neo4j/designations';
import { readFtm } from './ftm';
import { chainCypher, REL } from './neo4jCypher';
import { childMain, httpDone, log, send } from './ipc';
import { chainSteps, runQuestions, type Question } from './questions';
import { drawSamples } from './samples';
import { makeBodies, serve } from './serve';
import { summarize, type Row } from './stats';

/**
 * The Neo4j store on one data set, in its own process: import through the
 * adapter's batched UNWIND...MERGE (against a hand-written UNWIND...CREATE),
 * the store queries against one hand-written Cypher query each, then the
 * real app over Neo4j for the parent's HTTP measurements. Runs against the
 * bench's own Neo4j instance and refuses to clear a database it did not fill.
 */

export interface Neo4jArgs {
  uri: string;
  user: string;
  password: string;
  file: string;
  seed: number;
  samples: number;
  importReps: number;
  baselineImport: boolean;
  /** Deadline of each store query and baseline query (timeouts are counted at this value). */
  queryTimeoutMs: number;
  /** QUERY_TIMEOUT_MS of the app served for the HTTP rows (the config default is 5000). */
  appTimeoutMs: number;
  httpBodies: number;
  http: boolean;
}

export interface Neo4jResult {
  actors: number;
  relationships: number;
  rows: Row[];
  clearMs: number[];
}

const BATCH = 10_000;
const MARKER = 'BenchMarker';

async function cypher(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
  timeoutMs?: number,
) {
  const { records } = await driver.executeQuery(query, params, {
    database: 'neo4j',
    transactionConfig: timeoutMs ? { timeout: timeoutMs } : undefined,
  });
  return records.map((r) => r.toObject());
}

/** Empties the database, but only one that is empty or that the bench filled. */
async function clear(driver: Driver, store: Neo4jGraphStore): Promise<number> {
  const [row] = await cypher(
    driver,
    `CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
     CALL () { MATCH (m:${MARKER}) RETURN count(m) AS markers }
     RETURN actors, markers`,
  );
  if (Number(row!.actors) > 0 && Number(row!.markers) === 0) {
    throw new Error(
      'the bench Neo4j database holds actors the bench did not write; refusing to clear it ' +
        '(point BENCH_NEO4J_URI at a database of its own)',
    );
  }
  const t0 = performance.now();
  await store.clear();
  await cypher(driver, `CREATE (:${MARKER} {note: 'written by npm run bench; cleared at will'})`);
  return performance.now() - t0;
}

/** The hand-written import: CREATE without MERGE, checks or id moves; same properties. */
async function baselineImport(
  driver: Driver,
  actors: readonly Actor[],
  rels: readonly Relationship[],
): Promise<{ actorsMs: number; relsMs: number }> {
  const t0 = performance.now();
  for (let i = 0; i < actors.length; i += BATCH) {
    const rows = actors.slice(i, i + BATCH).map(actorToProps);
    await cypher(driver, 'UNWIND $rows AS row CREATE (a:Actor) SET a = row', { rows });
  }
  const t1 = performance.now();
  for (let i = 0; i < rels.length; i += BATCH) {
    const byType = new Map<RelationType, unknown[]>();
    for (const rel of rels.slice(i, i + BATCH)) {
      const group = byType.get(rel.type) ?? [];
      group.push({ s: rel.source, t: rel.target, props: relationshipToProps(rel) });
      byType.set(rel.type, group);
    }
    for (const [type, rows] of byType) {
      await cypher(
        driver,
        `UNWIND $rows AS row
         MATCH (s:Actor {id: row.s}) MATCH (t:Actor {id: row.t})
         CREATE (s)-[r:${type}]->(t) SET r = row.props`,
        { rows },
      );
    }
  }
  return { actorsMs: t1 - t0, relsMs: performance.now() - t1 };
}

/**
 * The adapter's upserts, 10,000 rows a call. `knownNew` as the importer
 * passes it for what its plan found missing (on this fresh database: every id).
 */
async function adapterImport(
  store: Neo4jGraphStore,
  actors: readonly Actor[],
  rels: readonly Relationship[],
  designations: readonly Designation[],
  knownNew: boolean,
): Promise<{ actorsMs: number; relsMs: number }> {
  const t0 = performance.now();
  for (let i = 0; i < actors.length; i += BATCH)
    await store.upsertActors(actors.slice(i, i + BATCH), { knownNew });
  const t1 = performance.now();
  for (let i = 0; i < rels.length; i += BATCH) {
    await store.upsertRelationships(rels.slice(i, i + BATCH), { knownNew });
    if ((i / BATCH) % 20 === 19) log(`neo4j: ${i + BATCH} relationships written`);
  }
  const relsMs = performance.now() - t1;
  // Designations are records on actors, not relationships: written after, outside the rates.
  for (let i = 0; i < designations.length; i += BATCH)
    await store.upsertDesignations(designations.slice(i, i + BATCH));
  return { actorsMs: t1 - t0, relsMs };
}

async function main(args: Neo4jArgs): Promise<Neo4jResult> {
  const { actors, relationships: rels, designations } = readFtm(args.file);
  log(`neo4j: read ${actors.length} actors, ${rels.length} relationships`);
  const store = new Neo4jGraphStore({
    uri: args.uri,
    user: args.user,
    password: args.password,
    database: 'neo4j',
    queryTimeoutMs: args.queryTimeoutMs,
  });
  const driver = neo4j.driver(args.uri, neo4j.auth.basic(args.user, args.password), {
    disableLosslessIntegers: true,
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
  try {
    await store.init();
    const clearMs: number[] = [];
    const rows: Row[] = [];

    const baseActors: number[] = [];
    const baseRels: number[] = [];
    if (args.baselineImport) {
      clearMs.push(await clear(driver, store));
      const b = await baselineImport(driver, actors, rels);
      baseActors.push(actors.length / (b.actorsMs / 1000));
      baseRels.push(rels.length / (b.relsMs / 1000));
      log(
        `neo4j: baseline import (CREATE): actors ${(b.actorsMs / 1000).toFixed(1)} s, relationships ${(b.relsMs / 1000).toFixed(1)} s`,
      );
    }
    // The plain call (every id looked up first) once, then the measured reps with knownNew.
    const plainActors: number[] = [];
    const plainRels: number[] = [];
    if (args.importReps > 0) {
      clearMs.push(await clear(driver, store));
      const a = await adapterImport(store, actors, rels, designations, false);
      plainActors.push(actors.length / (a.actorsMs / 1000));
      plainRels.push(rels.length / (a.relsMs / 1000));
      log(
        `neo4j: import (adapter, plain call): actors ${(a.actorsMs / 1000).toFixed(1)} s, relationships ${(a.relsMs / 1000).toFixed(1)} s`,
      );
    }
    const actorRates: number[] = [];
    const relRates: number[] = [];
    for (let rep = 0; rep < args.importReps; rep++) {
      clearMs.push(await clear(driver, store));
      const a = await adapterImport(store, actors, rels, designations, true);
      actorRates.push(actors.length / (a.actorsMs / 1000));
      relRates.push(rels.length / (a.relsMs / 1000));
      log(
        `neo4j: import ${rep + 1}/${args.importReps} (adapter, knownNew): actors ${(a.actorsMs / 1000).toFixed(1)} s, relationships ${(a.relsMs / 1000).toFixed(1)} s`,
      );
    }
    rows.push(
      {
        what: 'import actors (upsertActors, knownNew)',
        unit: 'rows/s',
        value: summarize(actorRates),
        baseline: args.baselineImport ? summarize(baseActors) : undefined,
        baselineLabel: 'UNWIND…CREATE',
        goal: '>= 20k rows/s',
      },
      {
        what: 'import relationships (upsertRelationships, knownNew)',
        unit: 'rows/s',
        value: summarize(relRates),
        baseline: args.baselineImport ? summarize(baseRels) : undefined,
        baselineLabel: 'UNWIND…CREATE',
        goal: '>= 10k rows/s',
      },
      ...(plainActors.length > 0
        ? ([
            {
              what: 'plain call (no knownNew): import actors (upsertActors)',
              unit: 'rows/s',
              value: summarize(plainActors),
            },
            {
              what: 'plain call (no knownNew): import relationships (upsertRelationships)',
              unit: 'rows/s',
              value: summarize(plainRels),
            },
          ] satisfies Row[])
        : []),
    );

    const samples = drawSamples(actors, rels, args.samples, args.seed);
    const steps = await chainSteps();
    const outTypes = steps.filter((s) => s.direction === 'OUT').map((s) => s.type);
    const inTypes = steps.filter((s) => s.direction === 'IN').map((s) => s.type);
    const via = DEFAULT_EXPOSURE_VIA.join('|');
    const neighbourhood = (depth: number) => `
      MATCH (c:Actor {id: $id})
      CALL (c) { MATCH (c)-[*1..${depth}]-(n) RETURN collect(DISTINCT n) AS ring }
      WITH [c] + ring AS ns
      UNWIND ns AS a
      MATCH (a)-[r]-(b) WHERE b IN ns
      WITH DISTINCT r LIMIT 200
      RETURN ${REL('r')} AS rel, properties(startNode(r)) AS s, properties(endNode(r)) AS t`;
    const run = (query: string) => (params: Record<string, unknown>) =>
      cypher(driver, query, params);
    const q = {
      search: run(`
        CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
        RETURN properties(node) AS actor ORDER BY score DESC LIMIT 20`),
      n1: run(neighbourhood(1)),
      n2: run(neighbourhood(2)),
      paths: run(`
        MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
        MATCH p = allShortestPaths((a)-[*..4]-(b))
        WITH p LIMIT 5
        RETURN [n IN nodes(p) | properties(n)] AS actors, [r IN relationships(p) | ${REL('r')}] AS rels`),
      exposure: run(`
        MATCH (a:Actor {id: $id})
        MATCH p = ALL SHORTEST (a)-[:${via}]-{0,3}(d:Actor)
        WHERE EXISTS { (d)<-[:${DESIGNATES}]-(:Designation) }
        WITH p ORDER BY length(p) LIMIT 20
        RETURN [n IN nodes(p) | properties(n)] AS actors, [r IN relationships(p) | ${REL('r')}] AS rels`),
      chain: run(chainCypher(outTypes, inTypes, 6)),
      money: run(`
        MATCH (:Actor {id: $id})-[r:${MONEY_TYPES.join('|')}]-()
        WITH DISTINCT r ORDER BY type(r), r.id LIMIT 1000
        RETURN ${REL('r')} AS rel`),
    };
    const pair = (p: string) => {
      const [from, to] = p.split('|') as [string, string];
      return { from, to };
    };
    const questions: Question[] = [
      {
        what: 'search',
        subjects: samples.search,
        store: (text) => store.searchActors({ text, first: 20 }),
        baseline: (text) => q.search({ index: ACTOR_SEARCH_INDEX, query: luceneQuery(text) }),
      },
      {
        what: 'neighbourhood depth 1',
        subjects: samples.actors,
        store: (id) => store.neighborhood(id, { depth: 1, limit: 200 }),
        baseline: (id) => q.n1({ id }),
      },
      {
        what: 'neighbourhood depth 2',
        subjects: samples.actors,
        store: (id) => store.neighborhood(id, { depth: 2, limit: 200 }),
        baseline: (id) => q.n2({ id }),
      },
      {
        what: 'paths maxHops 4',
        subjects: samples.pairs.filter(([a, b]) => a !== b).map((p) => p.join('|')),
        store: (p) => {
          const { from, to } = pair(p);
          return store.shortestPaths(from, to, { maxHops: 4, directed: false, first: 5 });
        },
        baseline: (p) => q.paths(pair(p)),
      },
      {
        what: 'exposure (nearestDesignated, maxHops 3)',
        subjects: samples.actors,
        store: (id) =>
          store.nearestDesignated(id, { via: DEFAULT_EXPOSURE_VIA, maxHops: 3, first: 20 }),
        baseline: (id) => q.exposure({ id }),
      },
      {
        what: 'control chain UP (traverse, maxHops 6)',
        subjects: samples.chain,
        store: (id) => store.traverse(id, { steps, maxHops: 6, limit: 500 }),
        baseline: (id) => q.chain({ id }),
        baselineLabel: 'one Cypher query (BFS unrolled in 6 levels)',
      },
      {
        what: 'money flows (relationshipsOf FUNDS|INVESTS_IN|OWES)',
        subjects: samples.money,
        store: (id) =>
          store.relationshipsOf(id, { types: MONEY_TYPES, direction: 'BOTH', first: 1000 }),
        baseline: (id) => q.money({ id }),
      },
    ];
    rows.push(...(await runQuestions(questions, 'neo4j', 'one Cypher query')));

    if (args.http) {
      // The app as configured by default: its own store with QUERY_TIMEOUT_MS.
      const appStore = new Neo4jGraphStore({
        uri: args.uri,
        user: args.user,
        password: args.password,
        database: 'neo4j',
        queryTimeoutMs: args.appTimeoutMs,
      });
      try {
        const { serving, close } = await serve(appStore, makeBodies(samples, args.httpBodies));
        send({ type: 'ready', serving });
        await httpDone();
        await close();
      } finally {
        await appStore.close();
      }
    }
    return { actors: actors.length, relationships: rels.length, rows, clearMs };
  } finally {
    await driver.close();
    await store.close();
  }
}

childMain(main);
