import fs from 'node:fs';
import path from 'node:path';
import type { ActorKind, RelationType } from '@explorer/domain';
import { Rng, ZipfSampler } from './prng';
import { AUTHORITIES, KINDS, LINKS, type Ends } from './graphSpec';
import { CURRENCIES, PROGRAMS, USD_RATE, actorName, aliasOf, date } from './names';

/**
 * Deterministic synthetic actor network as FollowTheMoney JSON lines: actors
 * of every kind (Person, Organization, Company, PublicBody, Vessel) and
 * relationships of every type (Ownership, Directorship, Membership, Family,
 * Associate, Payment, Debt, UnknownLink, Sanction), with a heavy-tailed
 * degree distribution: inside each kind, endpoint i is drawn with weight
 * 1/(i+1)^alpha, so a few hubs (a central command, a ministry, a holding)
 * collect thousands of links while most vessels and people have one or two.
 *
 * Conventions shared with bench/src/ftm.ts (and server/src/export/ftm.ts):
 * relationship types without an FtM schema are UnknownLink with the type as
 * `role`; the actor kind of an Organization or PublicBody is told by `topics`;
 * Sanction `authority` is the id of an authority actor in the same file.
 */

export interface GenerateOptions {
  relationships: number;
  seed: number;
  /** Default relationships / 10 (mean degree 20). */
  actors?: number;
}

export interface GeneratedMeta {
  seed: number;
  relationships: number;
  actors: number;
  actorsByKind: Partial<Record<ActorKind, number>>;
  relationshipsByType: Partial<Record<RelationType, number>>;
  relationshipsBySchema: Record<string, number>;
  /** Degree percentiles over all actors (either direction). */
  degree: { min: number; p50: number; p90: number; p99: number; max: number; maxId: string };
  bytes: number;
  generatorVersion: number;
}

/** Bump when the output for a given seed changes, so stale files are regenerated. */
export const GENERATOR_VERSION = 2;

/** Writes lines through a large buffer: one syscall per megabyte. */
class LineWriter {
  private parts: string[] = [];
  private size = 0;
  bytes = 0;
  constructor(private readonly fd: number) {}
  line(obj: unknown): void {
    const s = JSON.stringify(obj) + '\n';
    this.parts.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    fs.writeSync(this.fd, buf);
    this.bytes += buf.length;
    this.parts = [];
    this.size = 0;
  }
}

/** Writes the data set to `file` (and `file`.meta.json); returns its description. */
export function generate(options: GenerateOptions, file: string): GeneratedMeta {
  const R = options.relationships;
  const A = Math.max(options.actors ?? Math.round(R / 10), 60);
  const root = new Rng(options.seed);
  const nameRng = root.fork(1);
  const linkRng = root.fork(2);
  const propRng = root.fork(3);

  // Actors: per kind a contiguous block of indexes; hubs come first in each block.
  const ids: string[] = [];
  const kindOf: ActorKind[] = [];
  const byKind = new Map<ActorKind, number[]>();
  const actorsByKind: Partial<Record<ActorKind, number>> = {};
  const free = A - AUTHORITIES.length;
  let assigned = 0;
  KINDS.forEach((spec, k) => {
    const n =
      k === KINDS.length - 1
        ? free - assigned
        : Math.max(spec.kind === 'COUNTRY' ? 4 : 3, Math.round(free * spec.share));
    assigned += n;
    const block: number[] = [];
    for (let i = 0; i < n; i++) {
      block.push(ids.length);
      ids.push(`${spec.prefix}-${i.toString(36)}`);
      kindOf.push(spec.kind);
    }
    byKind.set(spec.kind, block);
  });
  const authorityIndex: number[] = [];
  for (const a of AUTHORITIES) {
    authorityIndex.push(ids.length);
    ids.push(a.id);
    kindOf.push(a.kind);
  }
  const samplers = new Map<ActorKind, ZipfSampler>(
    KINDS.map((spec) => [spec.kind, new ZipfSampler(byKind.get(spec.kind)!.length, spec.alpha)]),
  );
  const authoritySampler = new ZipfSampler(AUTHORITIES.length, 1.2);

  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  const out = new LineWriter(fd);

  for (let a = 0; a < ids.length; a++) {
    const kind = kindOf[a]!;
    const spec = KINDS.find((s) => s.kind === kind)!;
    const auth = AUTHORITIES.find((x) => x.id === ids[a]);
    const local = a - (byKind.get(kind)?.[0] ?? 0);
    const name = auth ? auth.name : actorName(kind, local, nameRng);
    const properties: Record<string, string[]> = { name: [name] };
    if (!auth && nameRng.chance(0.25)) {
      properties.alias = [aliasOf(name, nameRng)];
      if (nameRng.chance(0.3)) properties.alias.push(aliasOf(name, nameRng));
    }
    const schema = auth ? (kind === 'STATE_BODY' ? 'PublicBody' : 'Organization') : spec.schema;
    const topics = auth ? (kind === 'STATE_BODY' ? ['gov'] : ['gov.igo']) : spec.topics;
    if (topics.length) properties.topics = topics;
    if (kind === 'VESSEL') properties.imoNumber = [String(9000000 + a)];
    if (kind === 'PERSON' && nameRng.chance(0.5))
      properties.nationality = [nameRng.pick(['ir', 'lb', 'iq', 'sy', 'ye'])];
    actorsByKind[kind] = (actorsByKind[kind] ?? 0) + 1;
    out.line({ id: ids[a], schema, properties });
  }

  const degree = new Int32Array(ids.length);
  const relationshipsByType: Partial<Record<RelationType, number>> = {};
  const relationshipsBySchema: Record<string, number> = {};
  let relCount = 0;
  const emit = (
    schema: string,
    type: RelationType,
    from: string,
    to: string,
    s: number,
    t: number,
    props: Record<string, string[]>,
  ): void => {
    const id = `r-${relCount.toString(36)}`;
    relCount++;
    degree[s]!++;
    degree[t]!++;
    relationshipsByType[type] = (relationshipsByType[type] ?? 0) + 1;
    relationshipsBySchema[schema] = (relationshipsBySchema[schema] ?? 0) + 1;
    out.line({ id, schema, properties: { [from]: [ids[s]!], [to]: [ids[t]!], ...props } });
  };
  const interval = (p: Record<string, string[]>, startChance = 0.75): void => {
    if (!propRng.chance(startChance)) return;
    const start = date(propRng, 1995, 2025);
    p.startDate = [start];
    const startYear = Number(start.slice(0, 4));
    if (startYear < 2025 && propRng.chance(0.2)) p.endDate = [date(propRng, startYear + 1, 2025)];
  };

  // The command/administration hierarchy: every unit, body and group (but the
  // first of each kind) is PART_OF an earlier one of its kind, preferring the
  // first ones, so chains of control are a few hops deep and end at a hub.
  const hierarchy: ActorKind[] = ['MILITARY_UNIT', 'STATE_BODY', 'ARMED_GROUP'];
  for (const kind of hierarchy) {
    const block = byKind.get(kind)!;
    for (let i = 1; i < block.length && relCount < R; i++) {
      const parent = Math.floor(i * Math.pow(linkRng.next(), 2.5));
      const p: Record<string, string[]> = { role: ['PART_OF'] };
      interval(p, 0.3);
      emit('UnknownLink', 'PART_OF', 'subject', 'object', block[i]!, block[parent]!, p);
    }
  }
  // The central command is part of the ministry.
  if (relCount < R) {
    emit(
      'UnknownLink',
      'PART_OF',
      'subject',
      'object',
      byKind.get('MILITARY_UNIT')![0]!,
      byKind.get('STATE_BODY')![0]!,
      { role: ['PART_OF'] },
    );
  }

  const shares = LINKS.map((l) => l.share);
  const custom = new Map<string, ZipfSampler>();
  const samplerFor = (kind: ActorKind, alpha: number | undefined): ZipfSampler => {
    if (alpha === undefined) return samplers.get(kind)!;
    const key = `${kind}:${alpha}`;
    let sampler = custom.get(key);
    if (!sampler) custom.set(key, (sampler = new ZipfSampler(byKind.get(kind)!.length, alpha)));
    return sampler;
  };
  const drawEnd = (ends: Ends, alpha: number | undefined): number => {
    const kind = ends[linkRng.weighted(ends.map(([, w]) => w))]![0];
    return byKind.get(kind)![samplerFor(kind, alpha).sample(linkRng)]!;
  };
  while (relCount < R) {
    const spec = LINKS[linkRng.weighted(shares)]!;
    const s =
      spec.type === 'SANCTIONS'
        ? authorityIndex[authoritySampler.sample(linkRng)]!
        : drawEnd(spec.src, spec.srcAlpha);
    let t = drawEnd(spec.dst, spec.dstAlpha);
    for (let tries = 0; t === s && tries < 10; tries++) t = drawEnd(spec.dst, spec.dstAlpha);
    if (t === s) continue;
    const p: Record<string, string[]> = {};
    if (spec.role) p.role = [spec.role];
    interval(p);
    if (spec.money && propRng.chance(0.85)) {
      const currency = propRng.pick(CURRENCIES);
      const value = Math.round(Math.pow(10, 4 + propRng.next() * 6));
      p.amount = [String(value)];
      p.currency = [currency];
      if (currency === 'USD' || propRng.chance(0.5))
        p.amountUsd = [String(Math.round(value * USD_RATE[currency]!))];
    }
    if (spec.type === 'OWNS' && propRng.chance(0.6)) p.percentage = [String(propRng.range(1, 100))];
    if (spec.type === 'HOLDS_OFFICE') p.role = [propRng.pick(['director', 'chairman', 'head'])];
    if (spec.type === 'FAMILY')
      p.relationship = [propRng.pick(['brother', 'son', 'father', 'spouse', 'cousin'])];
    if (spec.type === 'SANCTIONS') {
      p.program = [propRng.pick(PROGRAMS)];
      p.startDate = [date(propRng, 2007, 2025)];
    }
    emit(spec.schema, spec.type, spec.from, spec.to, s, t, p);
  }
  out.flush();
  fs.closeSync(fd);
  fs.renameSync(tmp, file);

  const sorted = Int32Array.from(degree).sort();
  const q = (p: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  let maxAt = 0;
  for (let i = 1; i < degree.length; i++) if (degree[i]! > degree[maxAt]!) maxAt = i;
  const meta: GeneratedMeta = {
    seed: options.seed,
    relationships: relCount,
    actors: ids.length,
    actorsByKind,
    relationshipsByType,
    relationshipsBySchema,
    degree: {
      min: q(0),
      p50: q(0.5),
      p90: q(0.9),
      p99: q(0.99),
      max: degree[maxAt]!,
      maxId: ids[maxAt]!,
    },
    bytes: out.bytes,
    generatorVersion: GENERATOR_VERSION,
  };
  fs.writeFileSync(`${file}.meta.json`, JSON.stringify(meta, null, 2) + '\n');
  return meta;
}

/** "10k" -> 10000, "1M" -> 1000000, "2500" -> 2500. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!m) throw new Error(`not a size: "${text}" (e.g. 10k, 100k, 1M)`);
  const factor = m[2] === '' ? 1 : m[2]!.toLowerCase() === 'k' ? 1e3 : 1e6;
  return Math.round(Number(m[1]) * factor);
}

export function sizeLabel(n: number): string {
  if (n >= 1e6 && n % 1e5 === 0) return `${n / 1e6}M`;
  if (n >= 1e3 && n % 100 === 0) return `${n / 1e3}k`;
  return String(n);
}

export const DEFAULT_DATA_DIR = path.resolve(__dirname, '..', 'data');

export function dataFile(dir: string, relationships: number, seed: number): string {
  return path.join(dir, `ftm-${sizeLabel(relationships)}-s${seed}.jsonl`);
}

/** The data file for (relationships, seed), generated unless an up-to-date one exists. */
export function ensureData(
  dir: string,
  relationships: number,
  seed: number,
  log: (line: string) => void = () => undefined,
): { file: string; meta: GeneratedMeta } {
  const file = dataFile(dir, relationships, seed);
  try {
    const meta = JSON.parse(fs.readFileSync(`${file}.meta.json`, 'utf8')) as GeneratedMeta;
    if (meta.generatorVersion === GENERATOR_VERSION && fs.existsSync(file)) return { file, meta };
  } catch {
    // missing or unreadable: generate
  }
  const t0 = performance.now();
  const meta = generate({ relationships, seed }, file);
  log(
    `generated ${path.relative(process.cwd(), file)}: ${meta.actors} actors, ${meta.relationships} relationships in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return { file, meta };
}
