import { formatLocation, IssueCode } from './ImportError';
import type {
  Designation,
  EntryLink,
  Issue,
  ListEntry,
  Location,
  ParsedList,
  Scalar,
} from './model';

/**
 * Longest value each field of an imported record may hold, in characters.
 * Far above the real lists' longest (OFAC: names 158, addresses 207; UN:
 * aliases 324, designations 294), far below what slows matching or search
 * (a 10 MB name). A record with a longer field is rejected (FIELD_TOO_LONG,
 * naming file, line and field) and its stored entry kept as it was.
 * Documented in server/src/import/README.md.
 */
export const FIELD_MAXIMA = {
  /** Entry keys, designation and link ids (built from the list's own ids). */
  id: 300,
  /** An entry's name, an authority's name. */
  name: 1000,
  /** Each alias. */
  alias: 1000,
  /** Each property value (addresses, remarks, dates of birth...). */
  property: 4000,
  /** A designation's program. */
  program: 300,
  /** Evidence excerpts, sections and link labels. */
  text: 1000,
} as const;

/**
 * Characters no export format can carry and no analyst means: C0 controls
 * but tab, line feed and carriage return; DEL and the C1 controls; lone
 * surrogates; the noncharacters U+FFFE and U+FFFF.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` without the characters FORBIDDEN names. */
export function withoutControlCharacters(text: string): string {
  FORBIDDEN.lastIndex = 0;
  return FORBIDDEN.test(text) ? text.replace(FORBIDDEN, '') : text;
}

/** One record's fields: cleans them in place, notes what it cleaned and the first field too long. */
class FieldCheck {
  readonly cleaned: string[] = [];
  tooLong: { field: string; length: number; max: number } | undefined;

  text(field: string, value: string, max: number): string {
    const clean = withoutControlCharacters(value);
    if (clean !== value) this.cleaned.push(field);
    if (clean.length > max && !this.tooLong) this.tooLong = { field, length: clean.length, max };
    return clean;
  }

  optional(field: string, value: string | undefined, max: number): string | undefined {
    return value === undefined ? undefined : this.text(field, value, max);
  }

  properties(prefix: string, props: Record<string, Scalar> | undefined) {
    if (!props) return props;
    const out: Record<string, Scalar> = {};
    for (const [key, value] of Object.entries(props)) {
      const k = this.text(`${prefix}properties`, key, FIELD_MAXIMA.id);
      out[k] =
        typeof value === 'string'
          ? this.text(`${prefix}properties.${k}`, value, FIELD_MAXIMA.property)
          : value;
    }
    return out;
  }
}

/**
 * Checks every field of a list just read, before it is matched or planned:
 * control characters are removed (a warning names the fields), and a record
 * with a field over its maximum is left out (rejected, naming the field;
 * its entry is kept in the store as it was). Links to a left-out entry go
 * with it. Changes `list` in place.
 */
export function checkFields(list: ParsedList): void {
  const gone = new Set<string>();
  const kept: ListEntry[] = [];
  for (const entry of list.entries) {
    const check = new FieldCheck();
    entry.key = check.text('id', entry.key, FIELD_MAXIMA.id);
    entry.name = check.text('name', entry.name, FIELD_MAXIMA.name);
    entry.aliases = entry.aliases.map((a, i) => check.text(`aliases[${i}]`, a, FIELD_MAXIMA.alias));
    entry.weakAliases = entry.weakAliases?.map((a, i) =>
      check.text(`weakAliases[${i}]`, a, FIELD_MAXIMA.alias),
    );
    entry.properties = check.properties('', entry.properties)!;
    entry.designations = entry.designations.map((d, i) =>
      designation(check, `designations[${i}].`, d),
    );
    if (report(list, check, entry.at, entry.key)) {
      gone.add(entry.key);
      list.counts.entries--;
      list.counts.designations -= entry.designations.length;
      list.counts.aliases -= entry.aliases.length;
    } else kept.push(entry);
  }
  list.entries = kept;

  const at = new Map(kept.map((e) => [e.key, e.at]));
  const droppedAuthorities = new Set<string>();
  list.authorities = list.authorities.filter((authority) => {
    const check = new FieldCheck();
    const key = authority.key;
    authority.name = check.text('authority', authority.name, FIELD_MAXIMA.name);
    authority.key = check.text('authority id', authority.key, FIELD_MAXIMA.id);
    if (!report(list, check, { file: list.document.id }, null)) return true;
    droppedAuthorities.add(key);
    return false;
  });
  // Designations by an authority left out go with it (their stored state is kept).
  if (droppedAuthorities.size > 0) {
    for (const entry of kept) {
      entry.designations = entry.designations.filter((d) => {
        if (d.authority.kind !== 'imported' || !droppedAuthorities.has(d.authority.key))
          return true;
        list.rejected.push({
          at: entry.at,
          reason: 'designated by an authority left out',
          detail: d.id,
          code: IssueCode.UNKNOWN_REFERENCE,
          field: 'authority',
          entry: d.id,
        });
        list.counts.designations--;
        return false;
      });
    }
  }

  list.links = list.links.filter((link) => {
    const where = at.get(link.source) ?? at.get(link.target) ?? { file: list.document.id };
    if (gone.has(link.source) || gone.has(link.target)) {
      list.rejected.push({
        at: where,
        reason: 'links an entry left out',
        detail: link.id,
        code: IssueCode.UNKNOWN_REFERENCE,
        entry: link.id,
      });
      list.counts.links--;
      return false;
    }
    const check = new FieldCheck();
    Object.assign(link, linkFields(check, link));
    if (!report(list, check, where, link.id)) return true;
    list.counts.links--;
    return false;
  });

  list.document.title = withoutControlCharacters(list.document.title);
  if (list.document.publisher) {
    list.document.publisher = withoutControlCharacters(list.document.publisher);
  }
}

function designation(check: FieldCheck, prefix: string, d: Designation): Designation {
  return {
    ...d,
    id: check.text(`${prefix}id`, d.id, FIELD_MAXIMA.id),
    program: check.text(`${prefix}program`, d.program, FIELD_MAXIMA.program),
    start: check.optional(`${prefix}start`, d.start, FIELD_MAXIMA.id),
    end: check.optional(`${prefix}end`, d.end, FIELD_MAXIMA.id),
    excerpt: check.text(`${prefix}excerpt`, d.excerpt, FIELD_MAXIMA.text),
    section: check.text(`${prefix}section`, d.section, FIELD_MAXIMA.text),
    properties: check.properties(prefix, d.properties),
  };
}

function linkFields(check: FieldCheck, link: EntryLink): Partial<EntryLink> {
  const out: Partial<EntryLink> = {
    id: check.text('id', link.id, FIELD_MAXIMA.id),
    excerpt: check.text('excerpt', link.excerpt, FIELD_MAXIMA.text),
    section: check.text('section', link.section, FIELD_MAXIMA.text),
    properties: check.properties('', link.properties),
  };
  if (link.label !== undefined) out.label = check.text('label', link.label, FIELD_MAXIMA.text);
  if (link.start !== undefined) out.start = check.text('start', link.start, FIELD_MAXIMA.id);
  if (link.end !== undefined) out.end = check.text('end', link.end, FIELD_MAXIMA.id);
  return out;
}

/** Records what a check found; true when the record must be left out. */
function report(list: ParsedList, check: FieldCheck, at: Location, entry: string | null): boolean {
  if (check.tooLong) {
    const { field, length, max } = check.tooLong;
    list.rejected.push({
      at,
      reason: 'field too long',
      detail: `${field}: ${length.toLocaleString('en-US')} characters, at most ${max.toLocaleString('en-US')}`,
      code: IssueCode.FIELD_TOO_LONG,
      field,
      ...(entry === null ? {} : { entry }),
    });
    return true;
  }
  if (check.cleaned.length > 0) {
    const fields = [...new Set(check.cleaned)];
    list.warnings.push({
      at,
      reason: 'control characters removed',
      detail: fields.join(', '),
      code: IssueCode.CONTROL_CHARACTERS_REMOVED,
      field: fields[0],
    });
  }
  return false;
}

/** One line per issue, for messages: `file:line [field] CODE: reason: detail`. */
export function describeIssue(issue: Issue): string {
  const field = issue.field ? ` [${issue.field}]` : '';
  const code = issue.code ? ` ${issue.code}:` : ':';
  return `${formatLocation(issue.at)}${field}${code} ${issue.reason}${issue.detail ? `: ${issue.detail}` : ''}`;
}
