import type { Scalar } from '../model';
import { isoDate } from '../text';

/**
 * The structured details OFAC packs into an entry's remarks, e.g.
 * `DOB 29 Sep 1955; nationality Iran; a.k.a. 'X'; Linked To: NAME.`
 * Segments are separated by "; " and the remarks end with ".". Remarks are
 * cut at 1,000 characters, so the last segment of a long remark may be
 * incomplete: it is flagged, never guessed at.
 */
export interface Remarks {
  /** a.k.a. / f.k.a. / n.k.a. names. */
  aliases: string[];
  properties: Record<string, Scalar>;
  /** Names of `Linked To:` segments, as written. */
  linkedTo: string[];
  /** The `Linked To:` name cut by the 1,000-character limit, if any. */
  truncatedLink?: string;
  /** True when the remarks reached the 1,000-character limit. */
  truncated: boolean;
}

/** Length at which OFAC cuts remarks in the legacy CSV. */
export const REMARKS_LIMIT = 1000;

const ALIAS = /^([afn])\.k\.a\.\s+'(.*)'$/;

/** Segment prefixes kept as properties (first occurrence wins; "alt." variants are skipped). */
const SIMPLE: readonly [RegExp, string][] = [
  [/^POB (.+)$/, 'pob'],
  [/^nationality (.+)$/, 'nationality'],
  [/^citizen (.+)$/, 'citizenship'],
  [/^Gender (.+)$/, 'gender'],
  [/^Website (.+)$/, 'website'],
  [/^Email Address (.+)$/, 'email'],
  [/^MMSI (\S+)$/, 'mmsi'],
  [/^Organization Type: (.+)$/, 'organizationType'],
];

export function parseRemarks(text: string | undefined): Remarks {
  const out: Remarks = { aliases: [], properties: {}, linkedTo: [], truncated: false };
  if (!text) return out;
  out.truncated = text.length >= REMARKS_LIMIT;
  const segments = text.split(/;\s+/);
  segments.forEach((raw, index) => {
    const isLast = index === segments.length - 1;
    let segment = raw.trim();
    // The closing full stop belongs to the remarks, not to the last value.
    if (isLast && !out.truncated && segment.endsWith('.')) segment = segment.slice(0, -1);
    const cut = isLast && out.truncated;

    const alias = ALIAS.exec(segment);
    if (alias) {
      if (alias[2]!.trim()) out.aliases.push(alias[2]!.trim());
      return;
    }
    const linked = /^Linked To: (.+)$/.exec(segment);
    if (linked) {
      if (cut) out.truncatedLink = linked[1]!.trim();
      else out.linkedTo.push(linked[1]!.trim());
      return;
    }
    if (cut) return;
    const dob = /^DOB (.+)$/.exec(segment);
    if (dob && out.properties['dob'] === undefined) {
      out.properties['dob'] = isoDate(dob[1]) ?? dob[1]!;
      return;
    }
    const imo = /\bIMO (\d{7})\b/.exec(segment);
    if (imo && out.properties['imoNumber'] === undefined) {
      out.properties['imoNumber'] = imo[1]!;
      return;
    }
    for (const [pattern, key] of SIMPLE) {
      const m = pattern.exec(segment);
      if (m && out.properties[key] === undefined) {
        out.properties[key] = m[1]!.trim();
        return;
      }
    }
  });
  return out;
}
