import * as path from 'node:path';
import { isPartialDate, normalizeName } from '@explorer/domain';

/** Small text helpers shared by the readers. */

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/**
 * A list's own way of writing a date as ISO 8601, possibly partial:
 * "29 Sep 1955" -> "1955-09-29", "Feb 1961" -> "1961-02", "1955" -> "1955",
 * "2015-04-14-04:00" -> "2015-04-14" (a timezone suffix dropped). Undefined
 * when it is no date ("circa 1960", "1960 to 1962").
 */
export function isoDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  const iso = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T[\d:.]+)?(?:Z|[+-]\d{2}:\d{2})?$/.exec(t);
  if (iso) return isPartialDate(iso[1]!) ? iso[1] : undefined;
  const dmy = /^(?:(\d{1,2}) )?([A-Za-z]{3})[a-z]* (\d{4})$/.exec(t);
  if (dmy) {
    const month = MONTHS[dmy[2]!.toLowerCase()];
    if (!month) return undefined;
    const date = dmy[1] ? `${dmy[3]}-${month}-${dmy[1].padStart(2, '0')}` : `${dmy[3]}-${month}`;
    return isPartialDate(date) ? date : undefined;
  }
  return undefined;
}

/** The last YYYY-MM-DD in a file path (e.g. the folder `ofac-sdn-2021-04-25`), if any. */
export function dateInPath(file: string): string | undefined {
  const matches = path.resolve(file).match(/\d{4}-\d{2}-\d{2}/g);
  const last = matches?.[matches.length - 1];
  return last && isPartialDate(last) ? last : undefined;
}

/** A value safe inside an id: letters, digits, dot and dash; anything else becomes a dash. */
export function idPart(text: string): string {
  return text
    .trim()
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Aliases without blanks, duplicates, or the name itself (compared normalized). */
export function distinctAliases(name: string, aliases: Iterable<string>): string[] {
  const seen = new Set([normalizeName(name)]);
  const out: string[] = [];
  for (const raw of aliases) {
    const alias = raw.replace(/\s+/g, ' ').trim();
    const key = normalizeName(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

/** At most `max` characters, cut at a word with an ellipsis. */
export function shorten(text: string, max = 200): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** A number from list text ("2,597", "51%"), or undefined. */
export function numberFrom(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const cleaned = text.replace(/[,\s%]/g, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}
