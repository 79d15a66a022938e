import type { ActorKind, Money, RelationType, SourceDocument } from '@explorer/domain';
import type { IssueCode } from './ImportError';

/**
 * What every reader (OFAC CSV, UN XML, FtM JSON lines) turns a list into,
 * before anything is matched or written: entries (future actors), their
 * designations, and links between entries. Readers stream their files; only
 * this intermediate form is held in memory.
 */

export type Scalar = string | number | boolean;

/** The supported input formats (the CLI's first argument). */
export const FORMATS = ['ofac-csv', 'un-xml', 'ftm'] as const;
export type Format = (typeof FORMATS)[number];

/** Where in a file something came from: a line, and for XML the element path. */
export interface Location {
  file: string;
  line?: number;
  /** XML element path, e.g. `CONSOLIDATED_LIST/ENTITIES/ENTITY[12]`. */
  path?: string;
}

/** A row or element left out (or partly read), with why. */
export interface Issue {
  at: Location;
  /** Stable, short, groupable reason, e.g. "aircraft not modelled". */
  reason: string;
  /** Free detail (the offending value, the entry). */
  detail?: string;
  /** Stable code of the problem (IssueCode in ImportError.ts); scripts group on it. */
  code?: IssueCode;
  /** The field at fault, as the source names it: `name`, `remarks`, `properties.birthDate`. */
  field?: string;
  /**
   * For a record of the list left out: the entry key (or designation id) it
   * stands for. The stored entry is then kept as it was: not updated, its
   * designations never delisted. `null`: a record whose entry cannot be
   * told (an unreadable row); while the list has any, it delists nothing.
   */
  entry?: string | null;
}

/** Who designates: a curated actor id, or an authority the list names that is not curated. */
export type AuthorityRef =
  | { kind: 'curated'; id: string }
  | { kind: 'imported'; key: string; name: string; actorKind: ActorKind };

export interface Designation {
  authority: AuthorityRef;
  /** Program code, regime or list type. */
  program: string;
  /** Id (stable across list versions); FtM: the Sanction entity's. */
  id: string;
  start?: string;
  end?: string;
  /** The entry's name and program as listed: the evidence excerpt. */
  excerpt: string;
  /** Why, in the list's words, where it gives a reason (FtM `reason`). */
  reason?: string;
  /** Evidence section, e.g. "entry 10391". */
  section: string;
  properties?: Record<string, Scalar>;
}

/** A relationship between two entries of the same list. */
export interface EntryLink {
  id: string;
  type: RelationType;
  /** Entry keys (resolved to actor ids only when the graph is planned). */
  source: string;
  target: string;
  start?: string;
  end?: string;
  amount?: Money;
  percent?: number;
  label?: string;
  excerpt: string;
  section: string;
  properties?: Record<string, Scalar>;
}

export interface ListEntry {
  /** Also the id of the imported actor, e.g. "ofac-10391". */
  key: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Names too weak to match on (UN "Low" quality aliases); still kept as aliases. */
  weakAliases?: string[];
  properties: Record<string, Scalar>;
  designations: Designation[];
  at: Location;
}

/** One source list: its identity, entries and links, what was left out and why. */
export interface ParsedList {
  format: Format;
  /**
   * The list family, e.g. "OFAC SDN": stored as `sourceList` on everything
   * imported, and the scope of delisting (a newer list of the same family
   * delists what it no longer carries).
   */
  sourceList: string;
  /** Short slug of the family for property keys, e.g. "ofac-sdn". */
  family: string;
  /** The list as a citable document; its id is every evidence's `document`. */
  document: SourceDocument & { date: string };
  entries: ListEntry[];
  links: EntryLink[];
  /** Authorities named by the list that are not curated actors (FtM only). */
  authorities: { key: string; name: string; kind: ActorKind }[];
  /** Rows or elements skipped, with reasons. */
  rejected: Issue[];
  /** Rows read with a problem that did not stop the entry (e.g. unresolved Linked To). */
  warnings: Issue[];
  /** `Linked To` (and other by-name references) that named no single entry. */
  unresolvedLinks: Issue[];
  counts: ReadCounts;
  /** Property on the curated actor recording a merged entry, e.g. "ofacEntryNumber". */
  entryNumberProperty: string;
  /** The value of `entryNumberProperty` for an entry key. */
  entryNumber(key: string): Scalar;
}

export interface ReadCounts {
  /** Records read from the main file (rows, elements, lines). */
  records: number;
  entries: number;
  aliases: number;
  addresses: number;
  designations: number;
  links: number;
}

export function emptyCounts(): ReadCounts {
  return { records: 0, entries: 0, aliases: 0, addresses: 0, designations: 0, links: 0 };
}
