/**
 * Typed fixtures shaped exactly as the API answers, modelled on the curated
 * graph: the Qods Force, Hezbollah, the Houthis, OFAC designations and the
 * Shamkhani shipping network.
 */
import { ActorKind, RelationType } from '@explorer/domain';
import type { DesignationFieldsFragment } from '../generated/graphql';
import type {
  ActorDetail,
  Exposure,
  ActorSummary,
  PathResult,
  RelationshipFields,
  SanctionStatusReport,
  SearchResult,
  Subgraph,
} from '../api/api';

function actor(
  id: string,
  name: string,
  kind: ActorKind,
  extra: Partial<ActorSummary> = {},
): ActorSummary {
  return {
    id,
    name,
    kind,
    aliases: [],
    collective: false,
    memberCount: null,
    origin: 'curated',
    ...extra,
  };
}

export const khamenei = actor('ali-khamenei', 'Ali Khamenei', ActorKind.PERSON, {
  aliases: ['Supreme Leader'],
});
export const irgc = actor('irgc', 'Islamic Revolutionary Guard Corps', ActorKind.MILITARY_UNIT, {
  aliases: ['IRGC', 'Sepah', 'Pasdaran'],
});
export const qods = actor('irgc-qods-force', 'Qods Force', ActorKind.MILITARY_UNIT, {
  aliases: ['Quds Force', 'IRGC-QF'],
});
export const hezbollah = actor('hezbollah', 'Hezbollah', ActorKind.ARMED_GROUP, {
  aliases: ['Hizballah'],
});
export const houthis = actor('houthis', 'Houthis', ActorKind.ARMED_GROUP, {
  aliases: ['Ansar Allah'],
});
export const ofac = actor('us-ofac', 'OFAC', ActorKind.STATE_BODY, {
  aliases: ['Office of Foreign Assets Control'],
});
export const shamkhani = actor(
  'mohammad-hossein-shamkhani',
  'Mohammad Hossein Shamkhani',
  ActorKind.PERSON,
  {
    aliases: ['Hector'],
  },
);
export const shamkhaniNetwork = actor(
  'shamkhani-network',
  'Shamkhani shipping network',
  ActorKind.COMPANY,
  {
    collective: true,
    memberCount: 115,
  },
);
export const fleet = actor('shamkhani-fleet', 'Shamkhani tanker fleet', ActorKind.VESSEL, {
  collective: true,
});
/** An actor whose name is markup: it must always render as text. */
export const scriptActor = actor('xss-actor', '<img src=x onerror=alert(1)>', ActorKind.COMPANY, {
  origin: 'imported',
});

function ref(a: ActorSummary) {
  return { id: a.id, name: a.name, kind: a.kind };
}

function rel(
  source: ActorSummary,
  type: RelationType,
  target: ActorSummary,
  extra: Partial<RelationshipFields> = {},
): RelationshipFields {
  return {
    id: `${source.id}--${type.toLowerCase().replace(/_/g, '-')}--${target.id}`,
    type,
    start: null,
    end: null,
    percent: null,
    program: null,
    label: null,
    origin: 'curated',
    source: ref(source),
    target: ref(target),
    amount: null,
    evidence: [],
    // As the API derives it for records without one: dated when they carry a date.
    inferred: false,
    inference: null,
    validity: {
      kind: extra.start || extra.end ? 'DATED' : 'UNDATED',
      reason: extra.start || extra.end ? 'the dates of the record' : 'the record gives no dates',
      period: null,
      endedBefore: null,
      heldOn: null,
    },
    ...extra,
  };
}

export const qodsPartOfIrgc = rel(qods, RelationType.PART_OF, irgc, {
  evidence: [
    {
      excerpt: 'The Qods Force, the extraterritorial branch of the IRGC, runs the axis.',
      document: 'source-essay',
      section: 'The Axis of Resistance',
      claimedBy: null,
      statedOn: null,
    },
  ],
});
export const khameneiCommandsIrgc = rel(khamenei, RelationType.COMMANDS, irgc);
export const qodsSuppliesHouthis = rel(qods, RelationType.SUPPLIES, houthis, {
  start: '2015',
  label: 'missiles and drones',
  evidence: [
    {
      excerpt: 'The Houthis receive missiles and drone components from the Qods Force.',
      document: 'source-essay',
      section: 'Proxies',
      claimedBy: 'US Treasury',
      statedOn: '2024-03',
    },
  ],
});
export const qodsFundsHezbollah = rel(qods, RelationType.FUNDS, hezbollah, {
  start: '2025',
  end: '2025',
  amount: { value: 1e9, currency: 'USD', approximate: false, usd: 1e9 },
  label: 'annual funding',
  evidence: [
    {
      excerpt: 'Tehran transferred about one billion dollars to Hezbollah in 2025.',
      document: 'source-essay',
      section: 'Financing the axis',
      claimedBy: 'US Treasury',
      statedOn: '2025-11',
    },
  ],
});
export const ofacSanctionsQods = rel(ofac, RelationType.SANCTIONS, qods, {
  start: '2007-10-25',
  program: 'SDGT',
  origin: 'imported',
});
export const ofacSanctionsNetwork = rel(ofac, RelationType.SANCTIONS, shamkhaniNetwork, {
  start: '2025-07-30',
  program: 'IRAN-EO13846',
});
export const shamkhaniControlsNetwork = rel(shamkhani, RelationType.CONTROLS, shamkhaniNetwork, {
  evidence: [
    {
      excerpt: 'Mohammad Hossein Shamkhani runs a vast shipping empire.',
      document: 'source-essay',
      section: 'The Shamkhani network',
      claimedBy: 'OFAC',
      statedOn: '2025-07-30',
    },
  ],
});
export const networkOwnsFleet = rel(shamkhaniNetwork, RelationType.OWNS, fleet);

/** The curated graph as `graph` returns it. */
export const curatedGraph: Subgraph = {
  actors: [khamenei, irgc, qods, hezbollah, houthis, ofac, shamkhani, shamkhaniNetwork],
  relationships: [
    khameneiCommandsIrgc,
    qodsPartOfIrgc,
    qodsSuppliesHouthis,
    qodsFundsHezbollah,
    ofacSanctionsQods,
    ofacSanctionsNetwork,
    shamkhaniControlsNetwork,
  ],
  truncated: false,
  designations: [ofacSanctionsQods, ofacSanctionsNetwork].map(wireDesignation),
};

/** `neighborhood(id: "shamkhani-network")`: brings in the fleet. */
export const networkNeighborhood: Subgraph = {
  actors: [shamkhaniNetwork, shamkhani, ofac, fleet],
  relationships: [shamkhaniControlsNetwork, ofacSanctionsNetwork, networkOwnsFleet],
  truncated: false,
  designations: [wireDesignation(ofacSanctionsNetwork)],
};

export function searchResult(a: ActorSummary, degree = 3): SearchResult {
  return { ...a, degree };
}

/** `actor(id: "irgc-qods-force")`. */
export const qodsDetail: ActorDetail = {
  ...qods,
  summary: 'The extraterritorial branch of the IRGC.',
  listedAs: [],
  degree: 4,
  properties: [],
  totals: { inUsd: 0, outUsd: 1e9, unknownCount: 0 },
  relationships: [qodsFundsHezbollah, qodsPartOfIrgc, ofacSanctionsQods, qodsSuppliesHouthis],
  designations: [wireDesignation(ofacSanctionsQods)],
};

export function detailOf(a: ActorSummary, relationships: RelationshipFields[] = []): ActorDetail {
  return {
    ...a,
    summary: null,
    listedAs: [],
    degree: relationships.length,
    properties: [],
    totals: { inUsd: 0, outUsd: 0, unknownCount: 0 },
    relationships,
    designations: relationships
      .filter((r) => r.type === RelationType.SANCTIONS && r.target.id === a.id)
      .map(wireDesignation),
  };
}

/** An actor imported from the OFAC SDN list, with its list facts. */
export const importedVessel = actor('ofac-9876', 'SAMPLE TANKER', ActorKind.VESSEL, {
  origin: 'imported',
});
export const importedVesselDetail: ActorDetail = {
  ...detailOf(importedVessel),
  properties: [
    { key: 'addresses', value: '<b>Bandar Abbas</b>, Iran' },
    { key: 'entryNumber', value: '9876' },
    { key: 'flag', value: 'Iran' },
    { key: 'imoNumber', value: '9123456' },
    { key: 'listDate', value: '2021-04-25' },
    { key: 'sourceList', value: 'OFAC SDN' },
  ],
};

/** `paths(from: "houthis", to: "hezbollah")`: Houthis ← supplies ← Qods Force → funds → Hezbollah. */
export const houthisToHezbollah: PathResult = {
  hops: 2,
  actors: [houthis, qods, hezbollah],
  relationships: [qodsSuppliesHouthis, qodsFundsHezbollah],
};

/** `sanctionExposure(id: "houthis")`: one hop from the designated Qods Force. */
export const houthisExposure: Exposure = {
  status: 'LINKED',
  rule: 'Houthis is 1 hop from designated Qods Force; by OFAC (SDGT).',
  paths: [{ hops: 1, actors: [houthis, qods], relationships: [qodsSuppliesHouthis] }],
  designations: [ofacSanctionsQods],
};

/** `sanctionExposure` of a designated actor. */
export function designatedExposure(a: ActorSummary): Exposure {
  return {
    status: 'DESIGNATED',
    rule: `${a.name} is designated.`,
    paths: [{ hops: 0, actors: [a], relationships: [] }],
    designations: [],
  };
}

/**
 * What the API sends for a designation the views hold as a link (the
 * inverse of `designationAsLink`): fake servers answer in the wire shape.
 */
export function wireDesignation(link: RelationshipFields): DesignationFieldsFragment {
  return {
    id: link.id,
    list: null,
    programs: link.program ? link.program.split(', ') : [],
    listedOn: link.start,
    delistedOn: link.end,
    sourceEntry: null,
    reason: link.label,
    origin: link.origin,
    authority: link.source,
    actor: link.target,
    evidence: link.evidence,
  };
}

/** An actor detail as the API sends it (designations are records already). */
export function wireActor(detail: ActorDetail | null | undefined) {
  return detail ?? null;
}

/** An exposure as the API sends it. */
export function wireExposure(exposure: Exposure) {
  return { ...exposure, designations: exposure.designations.map(wireDesignation) };
}

/**
 * `sanctionStatus(id: "houthis")`: LINKED by OFAC (one hop from the listed
 * Qods Force, which supplies them), nothing by the EU.
 */
export const houthisStatus: SanctionStatusReport = {
  asOf: null,
  status: 'LINKED',
  byAuthority: [
    {
      authority: { id: 'european-union', name: 'European Union', kind: ActorKind.STATE_BODY },
      status: 'NONE',
      rule: 'NONE',
      explanation:
        'Neither Houthis, nor anyone owning or controlling it within 4 hops, nor a direct link is listed by European Union.',
      assumesUnknownShares: false,
      paths: [],
      designations: [],
    },
    {
      authority: { id: ofac.id, name: ofac.name, kind: ofac.kind },
      status: 'LINKED',
      rule: 'ADJACENT',
      explanation:
        'Houthis is directly linked (SUPPLIES) to Qods Force, listed by OFAC (SDGT); adjacency only, not transitive.',
      assumesUnknownShares: false,
      paths: [{ hops: 1, actors: [houthis, qods], relationships: [qodsSuppliesHouthis] }],
      designations: [wireDesignation(ofacSanctionsQods)],
    },
  ],
};

/** `sanctionStatus` of an actor the authority lists itself: a 0-hop path. */
export function directStatus(a: ActorSummary, link: RelationshipFields): SanctionStatusReport {
  return {
    asOf: null,
    status: 'DIRECT',
    byAuthority: [
      {
        authority: link.source,
        status: 'DIRECT',
        rule: 'LISTED',
        explanation: `${a.name} is listed by ${link.source.name} (${link.program ?? ''}).`,
        assumesUnknownShares: false,
        paths: [{ hops: 0, actors: [a], relationships: [] }],
        designations: [wireDesignation(link)],
      },
    ],
  };
}
