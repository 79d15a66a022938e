import type { Actor, Designation, Relationship } from '@explorer/domain';

/**
 * Whether a stored record already says what a list says. Provenance is left
 * out: the `listDate` property and the evidence's `document` name the list
 * the record was first read from, so an entry that a newer list repeats
 * unchanged is left as it was (unchanged), still citing the list that
 * first stated it.
 */
export function sameActor(stored: Actor, wanted: Actor): boolean {
  return canonical(withoutProvenance(stored)) === canonical(withoutProvenance(wanted));
}

export function sameDesignation(stored: Designation, wanted: Designation): boolean {
  return canonical(withoutProvenance(stored)) === canonical(withoutProvenance(wanted));
}

export function sameRelationship(stored: Relationship, wanted: Relationship): boolean {
  return canonical(withoutProvenance(stored)) === canonical(withoutProvenance(wanted));
}

/** Exactly equal (provenance included). */
export function identical(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function withoutProvenance<T extends Actor | Relationship | Designation>(record: T): T {
  const copy: Record<string, unknown> = { ...record };
  if (record.properties) {
    const { listDate: _listDate, ...rest } = record.properties;
    copy['properties'] = rest;
  }
  if ('evidence' in record) {
    copy['evidence'] = record.evidence.map(({ document: _document, ...rest }) => rest);
  }
  // An undated link is held on the date of the list that first stated it,
  // like its evidence: a newer list stating it again changes nothing.
  if (
    'validity' in record &&
    record.validity?.heldOn !== undefined &&
    record.origin === 'imported'
  ) {
    const { heldOn: _heldOn, ...rest } = record.validity;
    copy['validity'] = rest;
  }
  return copy as T;
}

/** JSON with sorted keys, without undefined or null members or empty `properties`. */
export function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || v === null) continue;
    if (key === 'properties' && typeof v === 'object' && Object.keys(v).length === 0) continue;
    out[key] = sortKeys(v);
  }
  return out;
}
