/**
 * Country names as the lists write them ("Iran", "Korea, North") to the
 * ISO 3166-1 alpha-2 codes FtM's country properties hold ("ir", "kp").
 * English region names come from Intl (ICU); the lists' own spellings that
 * ICU does not use are below.
 */
const LIST_SPELLINGS: Record<string, string> = {
  'korea, north': 'kp',
  'korea, south': 'kr',
  burma: 'mm',
  turkey: 'tr',
  'congo, democratic republic of the': 'cd',
  'congo, republic of the': 'cg',
  palestinian: 'ps',
  'virgin islands, british': 'vg',
  'the gambia': 'gm',
  'gambia, the': 'gm',
  'bahamas, the': 'bs',
  'micronesia, federated states of': 'fm',
  "cote d'ivoire": 'ci',
  'cote d ivoire': 'ci',
  'czech republic': 'cz',
  macau: 'mo',
  'west bank': 'ps',
  gaza: 'ps',
  'russian federation': 'ru',
  'iran (islamic republic of)': 'ir',
  'syrian arab republic': 'sy',
  "democratic people's republic of korea": 'kp',
};

/** Region codes ICU names that FtM's country type refuses (groupings, retired codes, pseudo-locales). */
const NOT_COUNTRIES = new Set(['ea', 'ez', 'fx', 'qo', 'xa', 'xb', 'yd']);

let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(LIST_SPELLINGS));
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = display.of(code);
      if (name === undefined || name === code || NOT_COUNTRIES.has(code.toLowerCase())) continue;
      // "Myanmar (Burma)": the name before the brackets too; the first code of a name wins.
      for (const n of [name, name.replace(/\s*\(.*\)$/, '')]) {
        if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), code.toLowerCase());
      }
    }
  }
  return byName;
}

/** The ISO code of a country name or code, or undefined when it names no country. */
export function countryCode(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(v) && [...names().values()].includes(v)) return v;
  return names().get(v) ?? names().get(v.replace(/^(.*), (.*)$/, '$2 $1'));
}
