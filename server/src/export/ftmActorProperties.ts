import type { Actor } from '@explorer/domain';
import { countryCode } from './countryCodes';

export type Props = Record<string, string[]>;
export type Values = (string | number | undefined)[];

/** The `datasets` name every entity of our export carries (FtM's dataset of origin). */
export const FTM_DATASET = 'actor_network';

/**
 * Our actor property (as the list imports write it) -> the FtM property it
 * came from, and the schemata that have it. The reverse of
 * import/ftm/readFtm.ts COPIED, plus what the OFAC and UN readers write.
 */
const PROPERTY_MAP: readonly [ours: string, ftm: string, schemata: readonly string[]][] = [
  ['country', 'country', ['Person', 'Company', 'Organization', 'PublicBody', 'Vessel', 'Address']],
  ['nationality', 'nationality', ['Person']],
  ['citizenship', 'citizenship', ['Person']],
  ['dob', 'birthDate', ['Person']],
  ['pob', 'birthPlace', ['Person']],
  ['gender', 'gender', ['Person']],
  ['position', 'position', ['Person']],
  ['title', 'title', ['Person']],
  ['jurisdiction', 'jurisdiction', ['Person', 'Company', 'Organization', 'PublicBody']],
  ['incorporationDate', 'incorporationDate', ['Person', 'Company', 'Organization', 'PublicBody']],
  [
    'registrationNumber',
    'registrationNumber',
    ['Person', 'Company', 'Organization', 'PublicBody', 'Vessel'],
  ],
  ['imoNumber', 'imoNumber', ['Company', 'Organization', 'PublicBody', 'Vessel']],
  ['mmsi', 'mmsi', ['Vessel']],
  ['callSign', 'callSign', ['Vessel']],
  ['flag', 'flag', ['Vessel']],
  ['vesselType', 'type', ['Vessel']],
  ['tonnage', 'tonnage', ['Vessel']],
  ['grossRegisteredTonnage', 'grossRegisteredTonnage', ['Vessel']],
  ['website', 'website', ['Person', 'Company', 'Organization', 'PublicBody']],
  ['email', 'email', ['Person', 'Company', 'Organization', 'PublicBody']],
  ['organizationType', 'classification', ['Company', 'Organization', 'PublicBody']],
  [
    'sourceList',
    'publisher',
    ['Person', 'Company', 'Organization', 'PublicBody', 'Vessel', 'Address'],
  ],
  [
    'listDate',
    'retrievedAt',
    ['Person', 'Company', 'Organization', 'PublicBody', 'Vessel', 'Address'],
  ],
];

/** Properties several values of which the imports join with "; ". */
const LISTS = new Set([
  'topics',
  'country',
  'nationality',
  'citizenship',
  'position',
  'ftmDatasets',
  'ftmReferents',
]);

/** FtM properties of type country: ISO codes only; other text goes to `notes`. */
const COUNTRY_TYPED = new Set(['country', 'nationality', 'citizenship', 'jurisdiction', 'flag']);

/** Seven digits whose last is the weighted sum of the first six, mod 10 (what FtM checks). */
function validImo(value: string): boolean {
  const digits = value.replace(/^IMO\s*/i, '');
  if (!/^\d{7}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 6)].reduce((n, d, i) => n + Number(d) * (7 - i), 0);
  return sum % 10 === Number(digits[6]);
}

/** FtM properties of type date: ISO 8601, possibly partial. */
const DATE_TYPED = new Set(['birthDate', 'incorporationDate', 'retrievedAt']);
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * A date as FtM holds it: an ISO date as it is; "circa 1954" or
 * "1960 to 1962" as its years (the words go to `notes`).
 */
function dateValues(value: string): { dates: string[]; note: boolean } {
  if (ISO_DATE.test(value)) return { dates: [value], note: false };
  return { dates: value.match(/\b(1[89]|20)\d{2}\b/g) ?? [], note: true };
}

const split = (v: string | number | boolean | undefined): string[] =>
  v === undefined
    ? []
    : String(v)
        .split('; ')
        .filter((s) => s !== '');

/**
 * An actor's imported properties under FtM's names, for its schema; the
 * source's ids as `referents` (the FtM id it was read from, its referents,
 * OFAC's `ofac-<entry>`), its datasets. Properties with no FtM equivalent
 * (internal bookkeeping such as `ftmSchema`) are left out.
 */
export function actorProperties(
  a: Actor,
  schema: string,
): { properties: Record<string, Values>; referents: string[]; datasets: string[] } {
  const props = a.properties ?? {};
  const out: Record<string, Values> = {};
  const put = (key: string, values: Values) => (out[key] = [...(out[key] ?? []), ...values]);
  for (const [ours, ftm, schemata] of PROPERTY_MAP) {
    const value = props[ours];
    if (value === undefined || !schemata.includes(schema)) continue;
    const values = LISTS.has(ours) ? split(value) : [String(value)];
    if (ftm === 'imoNumber') {
      for (const v of values) put(validImo(v) ? ftm : 'notes', [validImo(v) ? v : `${ours}: ${v}`]);
      continue;
    }
    if (DATE_TYPED.has(ftm)) {
      for (const v of values) {
        const { dates, note } = dateValues(v);
        put(ftm, dates);
        if (note) put('notes', [`${ours}: ${v}`]);
      }
      continue;
    }
    if (ftm === 'website') {
      // A URL has no spaces; anything else the list wrote there is a note.
      for (const v of values)
        put(/\s/.test(v) ? 'notes' : ftm, [/\s/.test(v) ? `${ours}: ${v}` : v]);
      continue;
    }
    if (!COUNTRY_TYPED.has(ftm)) {
      put(ftm, values);
      continue;
    }
    for (const v of values) {
      const code = countryCode(v);
      if (code !== undefined) put(ftm, [code]);
      else put('notes', [`${ours}: ${v}`]);
    }
  }
  const addresses = Object.keys(props)
    .filter((k) => /^address\d+$/.test(k))
    .sort((x, y) => Number(x.slice(7)) - Number(y.slice(7)));
  if (schema !== 'Address')
    put(
      'address',
      addresses.map((k) => String(props[k])),
    );
  else
    put(
      'full',
      addresses.map((k) => String(props[k])),
    );
  put('topics', split(props['topics']));
  const referents = [
    ...(props['ftmId'] !== undefined && props['ftmId'] !== a.id ? [String(props['ftmId'])] : []),
    ...split(props['ftmReferents']),
    ...(props['sourceList'] === 'OFAC SDN' && props['entryNumber'] !== undefined
      ? [`ofac-${props['entryNumber']}`]
      : []),
  ].filter((r) => r !== a.id);
  const datasets = [FTM_DATASET, ...split(props['ftmDatasets'])];
  return { properties: out, referents: [...new Set(referents)], datasets: [...new Set(datasets)] };
}
