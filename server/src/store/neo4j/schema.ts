import { ALL_TYPES, relType } from './cypher';
import { actorSearchTerms } from '../../search/actorKeys';
import { run, type Neo4jClient } from './Neo4jClient';
import { migrateSanctionsRelationships } from './designations';
import { refreshValidityIntervals } from './validityMigration';

/**
 * Constraints and indexes the store relies on, created idempotently:
 * - `actor_id`: actor ids are unique (and indexed, for every lookup by id);
 * - `actor_search`: full-text over `searchText` with the whitespace analyzer,
 *   so the index holds exactly `searchTerms(actor)`;
 * - `rel_id_<TYPE>`: a range index on relationship `id` for each type, for
 *   getRelationships and upserts (Neo4j indexes relationships per type);
 * - `designation_id`, `designation_authority`: designations by id and by
 *   authority ("whom did the UN designate" is an index seek).
 */

export const ACTOR_SEARCH_INDEX = 'actor_search';

export function schemaStatements(): string[] {
  return [
    'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE',
    'CREATE CONSTRAINT designation_id IF NOT EXISTS FOR (d:Designation) REQUIRE d.id IS UNIQUE',
    'CREATE INDEX designation_authority IF NOT EXISTS FOR (d:Designation) ON (d.authority)',
    `CREATE FULLTEXT INDEX ${ACTOR_SEARCH_INDEX} IF NOT EXISTS FOR (a:Actor) ON EACH [a.searchText] ` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } }",
    ...ALL_TYPES.map((type) => {
      const t = relType(type);
      return `CREATE INDEX rel_id_${t} IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.id)`;
    }),
  ];
}

/** Longest wait for indexes to come online (a large imported graph takes a while). */
const AWAIT_INDEXES_SECONDS = 300;

/** Creates what is missing and waits until every index is online. Safe to run twice. */
export async function ensureSchema(client: Neo4jClient): Promise<void> {
  await dropSearchIndexWithOtherAnalyzer(client);
  for (const statement of schemaStatements()) {
    try {
      await client.autoCommit('init', statement);
    } catch (error) {
      // Two processes racing on IF NOT EXISTS: the other one won, which is fine.
      if (!isAlreadyExists(error)) throw error;
    }
  }
  await migrateSanctionsRelationships(client);
  await refreshSearchText(client);
  await refreshValidityIntervals(client);
  await client.autoCommit(
    'init',
    'CALL db.awaitIndexes($seconds)',
    { seconds: AWAIT_INDEXES_SECONDS },
    (AWAIT_INDEXES_SECONDS + 5) * 1000,
  );
}

/**
 * A search index made with another analyzer (an older version, by hand)
 * would hold other terms than `searchTerms`: drop it, to be created again.
 */
async function dropSearchIndexWithOtherAnalyzer(client: Neo4jClient): Promise<void> {
  const [index] = await client.read<{ analyzer: string | null }>(
    'init',
    `SHOW FULLTEXT INDEXES YIELD name, options WHERE name = $name
     RETURN options.indexConfig['fulltext.analyzer'] AS analyzer`,
    { name: ACTOR_SEARCH_INDEX },
  );
  if (index && index.analyzer !== 'whitespace') {
    await client.autoCommit('init', `DROP INDEX ${ACTOR_SEARCH_INDEX} IF EXISTS`);
  }
}

function isAlreadyExists(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' && /AlreadyExists/.test(cause.code);
}

/**
 * Version of what `searchText` holds (search/actorKeys.ts). Written on a
 * marker node; a database indexed by an older version has every actor's
 * terms computed again at start, once.
 */
export const SEARCH_TEXT_VERSION = 2;

async function refreshSearchText(client: Neo4jClient): Promise<void> {
  const [marker] = await client.read<{ version: number | null }>(
    'init',
    'OPTIONAL MATCH (m:ExplorerSchema {name: "search"}) RETURN m.version AS version',
    {},
  );
  if ((marker?.version ?? 0) >= SEARCH_TEXT_VERSION) return;
  for (let after = ''; ;) {
    const rows = await client.read<{
      id: string;
      name: string;
      aliases: string[];
      listedAs: string[];
    }>(
      'init',
      `MATCH (a:Actor) WHERE a.id > $after
       RETURN a.id AS id, a.name AS name, a.aliases AS aliases, coalesce(a.listedAs, []) AS listedAs
       ORDER BY a.id LIMIT 5000`,
      { after },
    );
    if (rows.length === 0) break;
    const terms = rows.map((r) => ({ id: r.id, text: actorSearchTerms(r).join(' ') }));
    await client.writeTx('init', (tx) =>
      run(tx, 'UNWIND $rows AS row MATCH (a:Actor {id: row.id}) SET a.searchText = row.text', {
        rows: terms,
      }),
    );
    after = rows[rows.length - 1]!.id;
  }
  await client.writeTx('init', (tx) =>
    run(tx, 'MERGE (m:ExplorerSchema {name: "search"}) SET m.version = $version', {
      version: SEARCH_TEXT_VERSION,
    }),
  );
}
