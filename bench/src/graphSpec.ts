import type { ActorKind, RelationType } from '@explorer/domain';

/**
 * What the synthetic network (generate.ts) is made of: how many actors of
 * each kind and how heavy-tailed their degrees, the designating
 * authorities, and the mix of relationships with the kinds at their ends.
 * Changing any of it changes the output for a seed: bump GENERATOR_VERSION.
 */

export interface KindSpec {
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
export const AUTHORITIES: readonly { id: string; name: string; kind: ActorKind }[] = [
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

export type Ends = readonly (readonly [ActorKind, number])[];

export interface LinkSpec {
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
