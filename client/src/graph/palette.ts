import { ActorKind, RelationType } from '@explorer/domain';

/**
 * Colours are the Okabe–Ito palette, safe for the common colour-vision
 * deficiencies; every kind also has its own shape and every type its own line
 * style or arrow, so colour is never the only cue.
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#999999',
} as const;

/** Colours past Okabe–Ito's nine, from Paul Tol's colour-blind-safe "muted" scheme. */
export const EXTRA = {
  wine: '#882255',
} as const;

export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'diamond'
  | 'triangle'
  | 'rectangle'
  | 'barrel'
  | 'octagon'
  | 'star'
  | 'hexagon'
  | 'pentagon'
  | 'tag';

export interface KindStyle {
  color: string;
  shape: NodeShape;
}

/** One colour and one shape per actor kind; no two kinds share a shape. */
export const KIND_STYLES: Record<ActorKind, KindStyle> = {
  [ActorKind.PERSON]: { color: OKABE_ITO.skyBlue, shape: 'ellipse' },
  [ActorKind.STATE_BODY]: { color: OKABE_ITO.blue, shape: 'round-rectangle' },
  [ActorKind.MILITARY_UNIT]: { color: OKABE_ITO.vermillion, shape: 'diamond' },
  [ActorKind.ARMED_GROUP]: { color: OKABE_ITO.orange, shape: 'triangle' },
  [ActorKind.COMPANY]: { color: OKABE_ITO.bluishGreen, shape: 'rectangle' },
  [ActorKind.VESSEL]: { color: OKABE_ITO.reddishPurple, shape: 'barrel' },
  [ActorKind.COUNTRY]: { color: OKABE_ITO.grey, shape: 'octagon' },
  [ActorKind.PROGRAM]: { color: OKABE_ITO.yellow, shape: 'star' },
  [ActorKind.INTERNATIONAL_BODY]: { color: OKABE_ITO.black, shape: 'hexagon' },
  // Past Okabe–Ito's nine colours: Paul Tol's wine, with a shape of its own.
  [ActorKind.ORGANIZATION]: { color: EXTRA.wine, shape: 'tag' },
  // Okabe–Ito has nine colours; places take a darker grey than countries (and their own shape).
  [ActorKind.PLACE]: { color: '#5C5C5C', shape: 'pentagon' },
};

export type LineStyle = 'solid' | 'dashed' | 'dotted';
export type ArrowShape =
  'triangle' | 'tee' | 'square' | 'diamond' | 'vee' | 'triangle-cross' | 'none';

export interface TypeStyle {
  color: string;
  line: LineStyle;
  arrow: ArrowShape;
  /** Base width in px; money flows grow with the amount (see `defaults`). */
  width: number;
}

const DARK = '#333333';

/**
 * Control and command are solid and dark; money is green and grows with the
 * amount; sanctions are dashed vermillion with a bar; loose ties are dotted.
 */
export const TYPE_STYLES: Record<RelationType, TypeStyle> = {
  [RelationType.PART_OF]: { color: OKABE_ITO.grey, line: 'solid', arrow: 'triangle', width: 2 },
  [RelationType.COMMANDS]: { color: DARK, line: 'solid', arrow: 'triangle', width: 3 },
  [RelationType.CONTROLS]: { color: DARK, line: 'solid', arrow: 'vee', width: 2 },
  [RelationType.HOLDS_OFFICE]: {
    color: OKABE_ITO.blue,
    line: 'dotted',
    arrow: 'triangle',
    width: 2,
  },
  [RelationType.ADVISES]: { color: OKABE_ITO.skyBlue, line: 'dotted', arrow: 'vee', width: 2 },
  [RelationType.FAMILY]: {
    color: OKABE_ITO.reddishPurple,
    line: 'dotted',
    arrow: 'none',
    width: 2,
  },
  [RelationType.FUNDS]: {
    color: OKABE_ITO.bluishGreen,
    line: 'solid',
    arrow: 'triangle',
    width: 2,
  },
  [RelationType.INVESTS_IN]: {
    color: OKABE_ITO.bluishGreen,
    line: 'solid',
    arrow: 'square',
    width: 2,
  },
  [RelationType.OWES]: {
    color: OKABE_ITO.bluishGreen,
    line: 'dashed',
    arrow: 'triangle',
    width: 2,
  },
  [RelationType.SUPPLIES]: { color: OKABE_ITO.orange, line: 'solid', arrow: 'triangle', width: 2 },
  [RelationType.OWNS]: { color: OKABE_ITO.blue, line: 'solid', arrow: 'diamond', width: 2 },
  [RelationType.SUPPORTS]: { color: OKABE_ITO.orange, line: 'dashed', arrow: 'vee', width: 1.5 },
  [RelationType.SANCTIONS]: { color: OKABE_ITO.vermillion, line: 'dashed', arrow: 'tee', width: 2 },
  [RelationType.STRIKES]: {
    color: OKABE_ITO.vermillion,
    line: 'solid',
    arrow: 'triangle-cross',
    width: 3,
  },
  [RelationType.DEMANDS]: { color: OKABE_ITO.vermillion, line: 'dotted', arrow: 'vee', width: 2 },
  [RelationType.NEGOTIATES_WITH]: {
    color: OKABE_ITO.skyBlue,
    line: 'dashed',
    arrow: 'none',
    width: 1.5,
  },
  [RelationType.ROUTES_THROUGH]: {
    color: OKABE_ITO.bluishGreen,
    line: 'dotted',
    arrow: 'triangle',
    width: 2,
  },
  // Imported lists link actors without saying how: faint, undirected.
  [RelationType.ASSOCIATED_WITH]: {
    color: OKABE_ITO.grey,
    line: 'dashed',
    arrow: 'none',
    width: 1.5,
  },
};
