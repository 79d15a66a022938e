import { validityIntervals, type RelationType, type Validity } from '@explorer/domain';
import { relType } from './cypher';
import { integer, run, type Neo4jClient } from './Neo4jClient';

/**
 * Version of the time intervals stored on relationships (mapping.ts:
 * validFrom/validTo/statedFrom/statedTo, from domain validityIntervals).
 * Written on a marker node; a database written before them has every
 * relationship's intervals computed again at start, once, in batches.
 */
export const VALIDITY_INTERVALS_VERSION = 1;

const BATCH = 5000;

export async function refreshValidityIntervals(client: Neo4jClient): Promise<void> {
  const [marker] = await client.read<{ version: number | null }>(
    'init',
    'OPTIONAL MATCH (m:ExplorerSchema {name: "validity"}) RETURN m.version AS version',
    {},
  );
  if ((marker?.version ?? 0) >= VALIDITY_INTERVALS_VERSION) return;
  for (;;) {
    const rows = await client.read<{
      id: string;
      type: string;
      start: string | null;
      end: string | null;
      validityJson: string | null;
    }>(
      'init',
      `MATCH ()-[r]->() WHERE r.statedFrom IS NULL AND r.id IS NOT NULL
       RETURN r.id AS id, type(r) AS type, r.start AS start, r.end AS end, r.validityJson AS validityJson
       LIMIT $batch`,
      { batch: integer(BATCH) },
    );
    if (rows.length === 0) break;
    const updates = rows.map((r) => ({
      id: r.id,
      type: r.type,
      ...validityIntervals({
        start: r.start ?? undefined,
        end: r.end ?? undefined,
        validity: r.validityJson ? (JSON.parse(r.validityJson) as Validity) : undefined,
      }),
    }));
    // Per type, so each lookup is a seek on that type's id index (rel_id_<TYPE>).
    const byType = new Map<string, typeof updates>();
    for (const u of updates) byType.set(u.type, [...(byType.get(u.type) ?? []), u]);
    await client.writeTx('init', async (tx) => {
      for (const [type, batch] of byType) {
        await run(
          tx,
          `UNWIND $rows AS row
           MATCH ()-[r:${relType(type as RelationType)}]->() WHERE r.id = row.id
           SET r.validFrom = row.validFrom, r.validTo = row.validTo,
               r.statedFrom = row.statedFrom, r.statedTo = row.statedTo`,
          { rows: batch },
        );
      }
    });
  }
  await client.writeTx('init', (tx) =>
    run(tx, 'MERGE (m:ExplorerSchema {name: "validity"}) SET m.version = $version', {
      version: VALIDITY_INTERVALS_VERSION,
    }),
  );
}
