import fs from 'node:fs';
import path from 'node:path';
import type { ActorKind, RelationType } from '@explorer/domain';
import { Rng, ZipfSampler } from './prng';

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

interface KindSpec {
  kind: ActorKind;
  schema: 'Person' | 'Company' | 'Vessel' | 'PublicBody' | 'Organization';
  topics: string[];
  prefix: string;
  share: number;
  alpha: number;
}

/** How actor kinds are written: FtM schema plus topics (the bench reader maps them back). */
export const KINDS: readonly KindSpec[] = [
  { kind: 'PERSON', schema: 'Person', topics: [], prefix: 'p', share: 0.34, alpha: 0.9 },
  { kind: 'COMPANY', schema: 'Company', topics: [], prefix: 'c', share: 0.35, alpha: 0.9 },
  { kind: 'VESSEL', schema: 'Vessel', topics: [], prefix: 'v', share: 0.15, alpha: 0.2 },
  { kind: 'STATE_BODY', schema: 'PublicBody', topics: ['gov'], prefix: 's', share: 0.04, alpha: 1 },
  {
    kind: 'MILITARY_UNIT',
    schema: 'PublicBody',
    topics: ['mil'],
    prefix: 'm',
    share: 0.05,
    alpha: 1.1,
  },
  {
    kind: 'ARMED_GROUP',
    schema: 'Organization',
    topics: ['crime.terror'],
    prefix: 'g',
    share: 0.05,
    alpha: 1,
  },
  {
    kind: 'COUNTRY',
    schema: 'PublicBody',
    topics: ['gov.national'],
    prefix: 'n',
    share: 0.004,
    alpha: 0.6,
  },
  {
    kind: 'PROGRAM',
    schema: 'Organization',
    topics: ['program'],
    prefix: 'r',
    share: 0.006,
    alpha: 0.7,
  },
  {
    kind: 'INTERNATIONAL_BODY',
    schema: 'Organization',
    topics: ['gov.igo'],
    prefix: 'i',
    share: 0.01,
    alpha: 0.7,
  },
];

/** Designating authorities: actors in the graph, referenced by Sanction.authority. */
const AUTHORITIES: readonly { id: string; name: string; kind: ActorKind }[] = [
  { id: 'auth-ofac', name: 'Office of Foreign Assets Control', kind: 'STATE_BODY' },
  { id: 'auth-eu', name: 'Council of the European Union', kind: 'INTERNATIONAL_BODY' },
  { id: 'auth-unsc', name: 'United Nations Security Council', kind: 'INTERNATIONAL_BODY' },
  {
    id: 'auth-ofsi',
    name: 'Office of Financial Sanctions Implementation',
    kind: 'STATE_BODY',
  },
  { id: 'auth-dfat', name: 'Department of Foreign Affairs and Trade', kind: 'STATE_BODY' },
];

type Ends = readonly (readonly [ActorKind, number])[];

interface LinkSpec {
  schema: string;
  type: RelationType;
  /** FtM property names of source and target. */
  from: string;
  to: string;
  share: number;
  src: Ends;
  dst: Ends;
  /** UnknownLink role carrying the type. */
  role?: string;
  money?: boolean;
  /**
   * Heaviness of the tail for this link's ends, overriding the kind's: an
   * organisation has a few officers and a person a few memberships, however
   * central either is otherwise.
   */
  srcAlpha?: number;
  dstAlpha?: number;
}

/** Relationship mix (shares of the relationships left after the PART_OF hierarchy). */
export const LINKS: readonly LinkSpec[] = [
  {
    schema: 'Ownership',
    type: 'OWNS',
    from: 'owner',
    to: 'asset',
    share: 0.21,
    src: [
      ['PERSON', 0.4],
      ['COMPANY', 0.5],
      ['STATE_BODY', 0.05],
      ['ARMED_GROUP', 0.05],
    ],
    dst: [
      ['COMPANY', 0.9],
      ['VESSEL', 0.1],
    ],
  },
  {
    schema: 'Directorship',
    type: 'HOLDS_OFFICE',
    from: 'director',
    to: 'organization',
    share: 0.1,
    srcAlpha: 0.5,
    dstAlpha: 0.3,
    src: [['PERSON', 1]],
    dst: [
      ['COMPANY', 0.6],
      ['STATE_BODY', 0.2],
      ['MILITARY_UNIT', 0.1],
      ['ARMED_GROUP', 0.1],
    ],
  },
  {
    schema: 'Membership',
    type: 'PART_OF',
    from: 'member',
    to: 'organization',
    share: 0.06,
    srcAlpha: 0.3,
    src: [
      ['PERSON', 0.8],
      ['COMPANY', 0.2],
    ],
    dst: [
      ['ARMED_GROUP', 0.5],
      ['MILITARY_UNIT', 0.3],
      ['INTERNATIONAL_BODY', 0.2],
    ],
  },
  {
    schema: 'Family',
    type: 'FAMILY',
    from: 'person',
    to: 'relative',
    share: 0.05,
    src: [['PERSON', 1]],
    dst: [['PERSON', 1]],
  },
  {
    schema: 'Associate',
    type: 'ASSOCIATED_WITH',
    from: 'person',
    to: 'associate',
    share: 0.12,
    src: [['PERSON', 1]],
    dst: [['PERSON', 1]],
  },
  {
    schema: 'Payment',
    type: 'FUNDS',
    from: 'payer',
    to: 'beneficiary',
    share: 0.14,
    money: true,
    src: [
      ['STATE_BODY', 0.3],
      ['COMPANY', 0.4],
      ['PROGRAM', 0.1],
      ['PERSON', 0.1],
      ['MILITARY_UNIT', 0.1],
    ],
    dst: [
      ['ARMED_GROUP', 0.35],
      ['COMPANY', 0.35],
      ['MILITARY_UNIT', 0.15],
      ['PROGRAM', 0.15],
    ],
  },
  {
    schema: 'Debt',
    type: 'OWES',
    from: 'debtor',
    to: 'creditor',
    share: 0.04,
    money: true,
    src: [
      ['COMPANY', 0.6],
      ['STATE_BODY', 0.3],
      ['COUNTRY', 0.1],
    ],
    dst: [
      ['COMPANY', 0.6],
      ['STATE_BODY', 0.2],
      ['COUNTRY', 0.2],
    ],
  },
  ...(
    [
      [
        'CONTROLS',
        0.04,
        [
          ['STATE_BODY', 0.4],
          ['MILITARY_UNIT', 0.3],
          ['PERSON', 0.3],
        ],
        [
          ['COMPANY', 0.6],
          ['ARMED_GROUP', 0.2],
          ['MILITARY_UNIT', 0.2],
        ],
      ],
      [
        'COMMANDS',
        0.035,
        [
          ['PERSON', 0.6],
          ['MILITARY_UNIT', 0.4],
        ],
        [
          ['MILITARY_UNIT', 0.7],
          ['ARMED_GROUP', 0.3],
        ],
      ],
      [
        'ADVISES',
        0.02,
        [
          ['PERSON', 0.7],
          ['COUNTRY', 0.3],
        ],
        [
          ['ARMED_GROUP', 0.4],
          ['STATE_BODY', 0.3],
          ['MILITARY_UNIT', 0.3],
        ],
      ],
      [
        'INVESTS_IN',
        0.04,
        [
          ['COMPANY', 0.6],
          ['STATE_BODY', 0.3],
          ['PERSON', 0.1],
        ],
        [['COMPANY', 1]],
      ],
      [
        'SUPPLIES',
        0.06,
        [
          ['COMPANY', 0.6],
          ['MILITARY_UNIT', 0.2],
          ['COUNTRY', 0.1],
          ['VESSEL', 0.1],
        ],
        [
          ['ARMED_GROUP', 0.4],
          ['MILITARY_UNIT', 0.3],
          ['COMPANY', 0.3],
        ],
      ],
      [
        'SUPPORTS',
        0.03,
        [
          ['COUNTRY', 0.3],
          ['STATE_BODY', 0.3],
          ['ARMED_GROUP', 0.4],
        ],
        [
          ['ARMED_GROUP', 0.7],
          ['STATE_BODY', 0.3],
        ],
      ],
      [
        'STRIKES',
        0.01,
        [
          ['COUNTRY', 0.3],
          ['MILITARY_UNIT', 0.4],
          ['ARMED_GROUP', 0.3],
        ],
        [
          ['ARMED_GROUP', 0.4],
          ['MILITARY_UNIT', 0.4],
          ['COUNTRY', 0.2],
        ],
      ],
      [
        'ASSOCIATED_WITH',
        0.02,
        [
          ['COMPANY', 0.5],
          ['PERSON', 0.5],
        ],
        [
          ['COMPANY', 0.4],
          ['VESSEL', 0.2],
          ['PERSON', 0.4],
        ],
      ],
    ] as const
  ).map(([type, share, src, dst]): LinkSpec => ({
    schema: 'UnknownLink',
    type,
    from: 'subject',
    to: 'object',
    share,
    src,
    dst,
    role: type === 'ASSOCIATED_WITH' ? undefined : type,
    dstAlpha: type === 'COMMANDS' || type === 'CONTROLS' ? 0.3 : undefined,
  })),
  {
    schema: 'Sanction',
    type: 'SANCTIONS',
    from: 'authority',
    to: 'entity',
    share: 0.025,
    src: [],
    dst: [
      ['PERSON', 0.35],
      ['COMPANY', 0.35],
      ['VESSEL', 0.15],
      ['ARMED_GROUP', 0.05],
      ['MILITARY_UNIT', 0.05],
      ['STATE_BODY', 0.05],
    ],
  },
];

// Name material: synthetic, only plausible enough for search to behave as on real lists.
const FIRST = (
  'Ali Hossein Mohammad Reza Hassan Mahmoud Javad Saeed Mehdi Abbas Qasem Hamid Majid Farhad ' +
  'Yousef Ibrahim Khalil Omar Tariq Nabil Karim Samir Walid Ahmad Mustafa Bashar Rami Fadi ' +
  'Jamal Nasser Imad Ziad Hadi Amir Kazem Morteza Ebrahim Esmail Rostam Dariush Bijan Parviz ' +
  'Zahra Fatemeh Maryam Leila Shirin Nasrin Samira Huda Rania Layla Noor Yasmin Dina Salma'
).split(' ');
const LAST = (
  'Rahimi Hosseini Mousavi Karimi Ahmadi Rezaei Moradi Hashemi Jafari Ghorbani Sadeghi ' +
  'Soleimani Tehrani Shirazi Esfahani Tabrizi Rashidi Nasrallah Haddad Khoury Mansour Saleh ' +
  'Hamdan Darwish Barakat Najjar Qassem Fadlallah Zaidi Houthi Sharif Amini Bagheri Kazemi ' +
  'Nouri Salehi Farahani Najafi Mohammadi Hamadani Kermani Yazdi Ghasemi Rostami Zarif ' +
  'Larijani Velayati Rouhani Araghchi Baqeri Hajizadeh Pakpour Salami Naqdi Jalili'
).split(' ');
const COMPANY_WORDS = (
  'Pars Persian Gulf Caspian Zagros Alborz Khatam Sepehr Arya Kish Qeshm Hormoz Bandar ' +
  'Golden Star Crescent Horizon Ocean Delta Eastern Western United Global Royal Summit ' +
  'Phoenix Falcon Atlas Orient Silk Road Cedar Levant Sahel Marine Petro Energy Steel ' +
  'Aero Tech Trade Logistics Shipping Exchange Capital Holding Investment Construction'
).split(' ');
const COMPANY_SUFFIX = 'LLC,Ltd,FZE,General Trading,Co,Group,Holding,PJSC,SA,Limited'.split(',');
const VESSEL_WORDS = (
  'Adrian Darya Grace Sea Star Helm Wisdom Arman Sabiti Happiness Sinopa Horse Forest ' +
  'Fortune Clavel Faxon Petunia Pegas Courage Honor Glory Pearl Breeze Tide Wave Coral ' +
  'Dolphin Eagle Neptune Poseidon Triton Aurora Liberty Victory Venus Jupiter Saturn Orion'
).split(' ');
const UNIT_TYPES = 'Brigade,Division,Regiment,Battalion,Corps,Base,Command,Unit,Wing'.split(',');
const BODY_WORDS = (
  'Defence Finance Intelligence Oil Energy Interior Foreign Affairs Commerce Industry ' +
  'Mines Roads Telecommunications Culture Guidance Economy Security Construction Aviation'
).split(' ');
const GROUP_WORDS = (
  'Saraya Kataib Liwa Harakat Asaib Jaish Ansar Hizb Fatemiyoun Zainabiyoun Badr Nujaba ' +
  'Sayyid Shuhada Imam Ali Abbas Ahl Haqq Allah Islami Muqawama'
).split(' ');
const PLACE = (
  'Tehran Isfahan Shiraz Tabriz Mashhad Ahvaz Bandar Abbas Kerman Yazd Qom Beirut Sanaa ' +
  'Damascus Baghdad Basra Hodeidah Aden Latakia Tartus Aleppo Homs Karbala Najaf Mosul'
).split(' ');
const SYLLABLES = 'ar,ba,da,el,fa,ga,ha,is,ka,la,ma,na,or,pa,qa,ra,sa,ta,ur,va,za'.split(',');
const PROGRAMS = 'IRAN,SDGT,IRGC,NPWMD,SYRIA,YEMEN,IFSR,HRIT,CYBER,RUSSIA-EO14024'.split(',');
const CURRENCIES = ['USD', 'USD', 'USD', 'EUR', 'AED', 'IRR', 'CNY'];
const USD_RATE: Record<string, number> = {
  USD: 1,
  EUR: 1.08,
  AED: 0.2723,
  IRR: 0.0000238,
  CNY: 0.138,
};

function ordinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function word(rng: Rng, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += rng.pick(SYLLABLES);
  return w[0]!.toUpperCase() + w.slice(1);
}

function actorName(kind: ActorKind, i: number, rng: Rng): string {
  switch (kind) {
    case 'PERSON':
      return `${rng.pick(FIRST)} ${rng.chance(0.3) ? rng.pick(FIRST) + ' ' : ''}${rng.pick(LAST)}`;
    case 'COMPANY':
      return `${rng.pick(COMPANY_WORDS)} ${rng.pick(COMPANY_WORDS)} ${rng.pick(COMPANY_SUFFIX)}`;
    case 'VESSEL':
      return `${rng.pick(['MT', 'MV', 'M/T'])} ${rng.pick(VESSEL_WORDS)}${rng.chance(0.4) ? ' ' + rng.range(1, 9) : ''}`;
    case 'STATE_BODY':
      if (i === 0) return 'Ministry of Defence and Armed Forces Logistics';
      return rng.chance(0.5)
        ? `Ministry of ${rng.pick(BODY_WORDS)}`
        : `${rng.pick(PLACE)} ${rng.pick(['Provincial Council', 'Office', 'Directorate', 'Foundation'])}`;
    case 'MILITARY_UNIT':
      if (i === 0) return 'Central Command';
      return `${ordinal(rng.range(1, 400))} ${rng.pick(PLACE)} ${rng.pick(UNIT_TYPES)}`;
    case 'ARMED_GROUP':
      return `${rng.pick(GROUP_WORDS)} ${rng.pick(GROUP_WORDS)} ${rng.pick(PLACE)}`;
    case 'COUNTRY':
      return `Republic of ${word(rng, 3)}`;
    case 'PROGRAM':
      return `${word(rng, 2)} ${rng.pick(['Missile', 'Drone', 'Nuclear', 'Naval', 'Space'])} Program`;
    case 'INTERNATIONAL_BODY':
      return `${word(rng, 2)} ${rng.pick(['Cooperation Council', 'Union', 'Commission', 'Forum'])}`;
  }
}

/** A transliteration variant, as lists carry them (Hossein/Husayn). */
function aliasOf(name: string, rng: Rng): string {
  const variants: [RegExp, string][] = [
    [/ou/g, 'u'],
    [/ei/g, 'ey'],
    [/e/g, 'i'],
    [/a/g, 'e'],
    [/ss/g, 's'],
    [/q/gi, 'gh'],
  ];
  const [re, to] = rng.pick(variants);
  const alias = name.replace(re, to);
  return alias === name ? `${name} ${rng.pick(['Co', 'Group', 'II'])}` : alias;
}

function date(rng: Rng, fromYear: number, toYear: number): string {
  const y = rng.range(fromYear, toYear);
  const precision = rng.next();
  if (precision < 0.3) return String(y);
  const m = String(rng.range(1, 12)).padStart(2, '0');
  if (precision < 0.6) return `${y}-${m}`;
  return `${y}-${m}-${String(rng.range(1, 28)).padStart(2, '0')}`;
}

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
