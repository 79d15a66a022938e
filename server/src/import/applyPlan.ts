import {
  compareStrings,
  type Actor,
  type Designation,
  type RelationType,
  type Relationship,
  type SeedGraph,
} from '@explorer/domain';
import type { GraphStore } from '../store/GraphStore';
import { applyEnrichments, enrichmentsOf, type Enrichment } from './enrich';
import type { ParsedList } from './model';
import type { GraphPlan } from './planGraph';
import type { Progress } from './progress';
import { identical, sameActor, sameDesignation, sameRelationship } from './sameContent';
import { distinctAliases } from './text';

/**
 * Brings a store to a plan, writing only what differs, through the store's
 * own batched upserts (on Neo4j: UNWIND ... CREATE for what the comparison
 * found missing, passed as known new, else MERGE; a transaction per batch).
 * Everything is read and compared first, then written in order: imported
 * actors, curated actors, relationships (new, changed), designations (new,
 * changed, delisted), then the
 * removal of imported actors an accepted match made redundant. Each write is
 * an idempotent upsert of the planned state, so an import interrupted after
 * any batch and run again ends exactly where a clean run ends.
 */

export interface ApplyTarget {
  store: GraphStore;
  /** Deletes actors by id; absent when the store cannot (they are then reported, not deleted). */
  deleteActors?: (ids: readonly string[]) => Promise<void>;
}

export interface ApplyOptions {
  list: ParsedList;
  plan: GraphPlan;
  seed: SeedGraph;
  /** Compare and count, write nothing. */
  dryRun?: boolean;
  /** Records a batch, default 1000. */
  batchSize?: number;
  /** Called after each written batch (1, 2, ...); tests throw from it to simulate a crash. */
  onBatch?: (batch: number) => void | Promise<void>;
  progress?: Progress;
  /**
   * Whether a match (entry key, curated id) is still accepted: entries merged
   * into a curated actor that a newer list no longer carries keep their names
   * on it while it says so. Default: no.
   */
  stillAccepted?: (entry: string, actor: string) => boolean;
  /**
   * Entry keys and designation ids of records the list carries but could not
   * read (Issue.entry): the stored actor is not updated, and no designation
   * of it (or with that id) is delisted.
   */
  kept?: ReadonlySet<string>;
}

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ApplyResult {
  actors: Tally;
  /** Curated actors whose imported aliases/properties changed (added or taken back). */
  curatedChanged: string[];
  relationships: Partial<Record<RelationType, Tally>>;
  designations: Tally & {
    delisted: number;
    alreadyDelisted: number;
    /** This family's designations in the store, not delisted, before the import. */
    activeBefore: number;
    /** Designations the list no longer carries, not delisted because of unreadable records. */
    heldBack: number;
    /** Designations of entries that could not be read, kept as they were. */
    kept: number;
  };
  /** Imported actors deleted because their entry is now a curated actor. */
  removedActors: string[];
  /** Such actors the store could not delete. */
  redundantActorsLeft: string[];
  batches: number;
}

const READ_BATCH = 1000;
/** Large enough for the Neo4j upserts' own transactions (10,000 rows) to stay full. */
const DEFAULT_BATCH = 10_000;

/** What bringing a store to a plan would write, found by reading and comparing only. */
export interface ComparedPlan {
  result: ApplyResult;
  actorCreates: Actor[];
  actorUpdates: Actor[];
  curatedWrites: Actor[];
  relCreates: Relationship[];
  relWrites: Relationship[];
  /** Designations to create or update (a program dropped is kept in their history). */
  designationWrites: Designation[];
  /** This list's stored designations the newer list no longer carries, as they would be written (delisted). */
  delistings: Designation[];
  /** Imported actors standing for entries now accepted as curated actors. */
  redundant: string[];
}

/** Compares, then writes unless a dry run: `comparePlan` then `writePlan`. */
export async function applyPlan(target: ApplyTarget, options: ApplyOptions): Promise<ApplyResult> {
  const compared = await comparePlan(target, options);
  return options.dryRun ? compared.result : writePlan(target, compared, options);
}

/** Reads what the store holds and compares it with the plan; writes nothing. */
export async function comparePlan(
  target: ApplyTarget,
  options: ApplyOptions,
): Promise<ComparedPlan> {
  const { store } = target;
  const { list, plan, seed, progress } = options;
  const listDate = list.document.date;
  const tally = (): Tally => ({ created: 0, updated: 0, unchanged: 0 });
  const result: ApplyResult = {
    actors: tally(),
    curatedChanged: [],
    relationships: {},
    designations: {
      ...tally(),
      delisted: 0,
      alreadyDelisted: 0,
      activeBefore: 0,
      heldBack: 0,
      kept: 0,
    },
    removedActors: [],
    redundantActorsLeft: [],
    batches: 0,
  };

  // --- Read and compare -------------------------------------------------------
  // Records the list could not read stand for these stored actors: left as they are.
  const kept = options.kept ?? new Set<string>();
  const keptActors = new Set([...kept].map((key) => plan.merged.get(key) ?? key));
  progress?.phase('comparing actors', plan.actors.length);
  const actorCreates: Actor[] = [];
  const actorUpdates: Actor[] = [];
  for (const batch of chunks(plan.actors, READ_BATCH)) {
    const stored = new Map((await store.getActors(batch.map((a) => a.id))).map((a) => [a.id, a]));
    for (const wanted of batch) {
      const existing = stored.get(wanted.id);
      if (!existing) {
        result.actors.created++;
        actorCreates.push(wanted);
      } else if (!sameActor(existing, wanted) && !keptActors.has(wanted.id)) {
        result.actors.updated++;
        actorUpdates.push(wanted);
      } else result.actors.unchanged++;
    }
    progress?.tick(batch.length);
  }

  // Curated actors: rebuilt from the seed plus every family's additions, ours replaced.
  const curatedWrites: Actor[] = [];
  const seedActors = new Map(seed.actors.map((a) => [a.id, a]));
  const current = await store.getActors([...seedActors.keys()]);
  const listed = new Set(list.entries.map((e) => e.key));
  for (const stored of current) {
    const others = enrichmentsOf(stored).filter((e) => e.family !== list.family);
    const had = enrichmentsOf(stored).find((e) => e.family === list.family);
    const mine = withDelisted(
      plan.enrichments.get(stored.id),
      had,
      (key) => !listed.has(key) && (options.stillAccepted?.(key, stored.id) ?? false),
      list,
    );
    if (!had && !mine) continue;
    const wanted = applyEnrichments(seedActors.get(stored.id)!, mine ? [...others, mine] : others);
    if (!identical(stored, wanted)) {
      curatedWrites.push(wanted);
      result.curatedChanged.push(stored.id);
    }
  }

  progress?.phase('comparing relationships', plan.relationships.length);
  const relCreates: Relationship[] = [];
  const relWrites: Relationship[] = [];
  const { stored, exhaustive } = await storedRelationships(store, plan.relationships);
  for (const wanted of plan.relationships) {
    const t = (result.relationships[wanted.type] ??= tally());
    const existing = stored.get(wanted.id);
    const outcome = !existing
      ? 'created'
      : sameRelationship(existing, wanted)
        ? 'unchanged'
        : 'updated';
    t[outcome]++;
    if (outcome === 'created' && exhaustive) relCreates.push(wanted);
    else if (outcome !== 'unchanged') relWrites.push(wanted);
  }
  progress?.tick(plan.relationships.length);

  progress?.phase('comparing designations', plan.designations.length);
  const designationWrites: Designation[] = [];
  const storedDesignations = new Map<string, Designation>();
  for (const batch of chunks(plan.designations, READ_BATCH)) {
    for (const d of await store.getDesignations(batch.map((w) => w.id)))
      storedDesignations.set(d.id, d);
  }
  for (const planned of plan.designations) {
    const existing = storedDesignations.get(planned.id);
    const wanted = existing ? keepHistory(existing, planned, listDate) : planned;
    const outcome = !existing
      ? 'created'
      : sameDesignation(existing, wanted)
        ? 'unchanged'
        : 'updated';
    result.designations[outcome]++;
    if (outcome !== 'unchanged') designationWrites.push(wanted);
  }
  progress?.tick(plan.designations.length);

  // Designations of this list the newer list no longer carries: delisted as of its date, never deleted.
  progress?.phase('finding delisted designations');
  const planned = new Set(plan.designations.map((d) => d.id));
  const delistings: Designation[] = [];
  for (const d of await designationsOfList(store, list.sourceList)) {
    const delisted = d.delistedOn !== undefined;
    if (!delisted) result.designations.activeBefore++;
    if (planned.has(d.id)) continue;
    // An entry now accepted as a curated actor: its stored designations go with it (the
    // separate imported actor is then removed), so its history is kept, not dropped.
    const moved = plan.merged.get(d.actor);
    if (delisted) {
      result.designations.alreadyDelisted++;
      if (moved) designationWrites.push({ ...d, actor: moved });
      continue;
    }
    if (kept.has(d.id) || keptActors.has(d.actor)) {
      result.designations.kept++;
      continue;
    }
    delistings.push({ ...d, actor: moved ?? d.actor, delistedOn: listDate });
  }
  result.designations.delisted = delistings.length;

  // Imported actors standing for entries now accepted as curated actors.
  const redundant = (await store.getActors([...plan.merged.keys()]))
    .filter((a) => a.origin === 'imported')
    .map((a) => a.id);

  if (target.deleteActors) result.removedActors = redundant;
  else result.redundantActorsLeft = redundant;
  return {
    result,
    actorCreates,
    actorUpdates,
    curatedWrites,
    relCreates,
    relWrites,
    designationWrites,
    delistings,
    redundant,
  };
}

/**
 * Writes what `comparePlan` found, in order: imported actors, curated
 * actors, relationships (new, changed), the delistings passed (all that
 * were found, or none when they are held back), then deletions.
 */
export async function writePlan(
  target: ApplyTarget,
  compared: ComparedPlan,
  options: Pick<ApplyOptions, 'batchSize' | 'onBatch' | 'progress'>,
  delistings: readonly Designation[] = compared.delistings,
): Promise<ApplyResult> {
  const { store } = target;
  const { progress } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const { result, actorCreates, actorUpdates, curatedWrites, relCreates, redundant } = compared;
  const { relWrites } = compared;
  const designationWrites = [...compared.designationWrites, ...delistings];
  result.removedActors = [];
  result.redundantActorsLeft = [];

  // --- Write ------------------------------------------------------------------
  const written = async (): Promise<void> => {
    result.batches++;
    await options.onBatch?.(result.batches);
  };
  // Ids the comparison found nowhere in the store go as known new: the store may then
  // create them without looking for them first (on Neo4j, a relationship id is looked
  // for in every relationship type's index).
  progress?.phase(
    'writing actors',
    actorCreates.length + actorUpdates.length + curatedWrites.length,
  );
  for (const [actors, knownNew] of [
    [actorCreates, true],
    [[...actorUpdates, ...curatedWrites], false],
  ] as const) {
    for (const batch of chunks(actors, batchSize)) {
      await store.upsertActors(batch, { knownNew });
      progress?.tick(batch.length);
      await written();
    }
  }
  progress?.phase('writing relationships', relCreates.length + relWrites.length);
  for (const [rels, knownNew] of [
    [relCreates, true],
    [relWrites, false],
  ] as const) {
    for (const batch of chunks(rels, batchSize)) {
      await store.upsertRelationships(batch, { knownNew });
      progress?.tick(batch.length);
      await written();
    }
  }
  progress?.phase('writing designations', designationWrites.length);
  for (const batch of chunks(designationWrites, batchSize)) {
    await store.upsertDesignations(batch);
    progress?.tick(batch.length);
    await written();
  }
  if (redundant.length > 0) {
    if (target.deleteActors) {
      await target.deleteActors(redundant);
      result.removedActors = redundant;
      await written();
    } else result.redundantActorsLeft = redundant;
  }
  return result;
}

/** From this many planned relationships on, stored ones are read by type (a few paged scans), not by id. */
const SCAN_FROM = 2000;
const SCAN_PAGE = 5000;

/** Property keys that keep a designation's history across list versions. */
export const PROGRAM_ENDED = 'programEnded:';
export const PREVIOUSLY_DELISTED = 'previouslyDelistedOn';

/**
 * The planned designation, carrying what the stored one knew that a newer
 * list no longer says: programs it dropped (`programEnded:<program>` = the
 * newer list's date) and an earlier delisting it reverses. A newer list
 * never erases history silently.
 */
function keepHistory(stored: Designation, planned: Designation, listDate: string): Designation {
  const history: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(stored.properties ?? {})) {
    const program = key.startsWith(PROGRAM_ENDED) ? key.slice(PROGRAM_ENDED.length) : undefined;
    if (
      (program !== undefined && !planned.programs.includes(program)) ||
      key === PREVIOUSLY_DELISTED
    )
      history[key] = value;
  }
  for (const program of stored.programs) {
    if (!planned.programs.includes(program)) history[`${PROGRAM_ENDED}${program}`] = listDate;
  }
  if (stored.delistedOn !== undefined && planned.delistedOn === undefined)
    history[PREVIOUSLY_DELISTED] = stored.delistedOn;
  if (Object.keys(history).length === 0) return planned;
  return { ...planned, properties: { ...planned.properties, ...history } };
}

/** Every stored designation on a list (delisted ones too), in pages by id. */
async function designationsOfList(store: GraphStore, list: string): Promise<Designation[]> {
  const out: Designation[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listDesignations({ list, first: SCAN_PAGE, after });
    out.push(...page);
    if (page.length < SCAN_PAGE) return out;
    after = page[page.length - 1]!.id;
  }
}

/**
 * The stored relationships with the planned ids. A large plan reads the relationships of its
 * types in pages ordered by id, which costs the store far less than looking
 * each id up (on Neo4j: one index seek per relationship type per id).
 * `exhaustive`: a planned id not in `stored` is stored under no type at all
 * (so it may be written as known new). A scan reads the other stored types
 * too when they hold no more relationships than the plan; otherwise a planned
 * id could still be stored under one of them, and the scan is not exhaustive.
 */
async function storedRelationships(
  store: GraphStore,
  wanted: readonly Relationship[],
): Promise<{ stored: Map<string, Relationship>; exhaustive: boolean }> {
  const stored = new Map<string, Relationship>();
  if (wanted.length < SCAN_FROM) {
    for (const batch of chunks(wanted, READ_BATCH)) {
      for (const r of await store.getRelationships(batch.map((w) => w.id))) stored.set(r.id, r);
    }
    return { stored, exhaustive: true };
  }
  const ids = new Set(wanted.map((r) => r.id));
  const types = new Set<RelationType>(wanted.map((r) => r.type));
  const others = Object.entries((await store.stats()).relationshipsByType).filter(
    ([type, n]) => !types.has(type as RelationType) && (n ?? 0) > 0,
  );
  const exhaustive = others.reduce((sum, [, n]) => sum + (n ?? 0), 0) <= wanted.length;
  if (exhaustive) for (const [type] of others) types.add(type as RelationType);
  for (const type of types) {
    for (const r of await scanType(store, type)) if (ids.has(r.id)) stored.set(r.id, r);
  }
  return { stored, exhaustive };
}

/** Every stored relationship of a type, in pages by id. */
async function scanType(store: GraphStore, type: RelationType): Promise<Relationship[]> {
  const out: Relationship[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listRelationships({ types: [type], first: SCAN_PAGE, after });
    out.push(...page);
    if (page.length < SCAN_PAGE) return out;
    after = page[page.length - 1]!.id;
  }
}

/**
 * This list's additions to a curated actor, plus those of entries merged
 * into it earlier that this (newer) list no longer carries: their
 * designations stay attached to the actor, delisted, so their names stay too.
 */
function withDelisted(
  mine: Enrichment | undefined,
  had: Enrichment | undefined,
  keep: (entry: string) => boolean,
  list: ParsedList,
): Enrichment | undefined {
  const gone = had?.entries.filter(keep) ?? [];
  if (gone.length === 0) return mine;
  const matches = mine?.matches ?? had!.matches;
  const entries = [...new Set([...(mine?.entries ?? []), ...gone])].sort(compareStrings);
  const numbers = entries.map((key) => list.entryNumber(key));
  return {
    family: list.family,
    entries,
    aliases: distinctAliases('', [...(mine?.aliases ?? []), ...had!.aliases]),
    properties: {
      ...had!.properties,
      ...mine?.properties,
      [list.entryNumberProperty]: numbers.length === 1 ? numbers[0]! : numbers.join(', '),
    },
    matches,
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
