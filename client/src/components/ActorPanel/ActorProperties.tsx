/** Where an actor comes from and its further facts (IMO number, flag, addresses...). */

type Property = { key: string; value: string };

/** The keys that say where an imported actor comes from, shown on their own line. */
const SOURCE_KEYS = new Set(['sourceList', 'listDate', 'entryNumber']);

const KEY_NAMES: Record<string, string> = {
  imoNumber: 'IMO number',
  mmsi: 'MMSI',
  callSign: 'Call sign',
  flag: 'Flag',
  nationality: 'Nationality',
  citizenship: 'Citizenship',
  addresses: 'Addresses',
  address: 'Address',
  birthDate: 'Born',
  dateOfBirth: 'Born',
  dob: 'Born',
  gender: 'Gender',
  country: 'Country',
  placeOfBirth: 'Place of birth',
  programs: 'Programs',
  remarks: 'Remarks',
  vesselType: 'Vessel type',
  tonnage: 'Tonnage',
  owner: 'Owner',
  title: 'Title',
  sourceList: 'Source list',
  listDate: 'List date',
  entryNumber: 'Entry number',
};

/** "imoNumber" → "IMO number"; an unknown "vesselOwnerName" → "Vessel owner name". */
export function propertyLabel(key: string): string {
  const known = KEY_NAMES[key];
  if (known) return known;
  const words = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-zA-Z])(\d+)$/, '$1 $2')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Origin and source (list, date, entry number) of an imported actor, then
 * every other property as a compact key/value list. Values are React text.
 */
export function ActorProperties({
  origin,
  properties,
}: {
  origin: string;
  properties: readonly Property[];
}) {
  const value = (key: string) => properties.find((p) => p.key === key)?.value;
  const sourceList = value('sourceList');
  const listDate = value('listDate');
  const entryNumber = value('entryNumber');
  const others = properties.filter((p) => !SOURCE_KEYS.has(p.key));
  const showSource = origin !== 'curated' || sourceList || listDate || entryNumber;
  if (!showSource && !others.length) return null;
  return (
    <>
      {showSource ? (
        <p className="actor-source" data-testid="actor-source">
          <span data-testid="actor-origin">{origin === 'curated' ? 'Curated' : 'Imported'}</span>
          {sourceList ? (
            <>
              {' from '}
              <strong data-testid="actor-source-list">{sourceList}</strong>
            </>
          ) : null}
          {listDate ? ` · list of ${listDate}` : null}
          {entryNumber ? ` · entry ${entryNumber}` : null}
        </p>
      ) : null}
      {others.length ? (
        <dl className="facts properties" aria-label="Properties" data-testid="actor-properties">
          {others.map((p, i) => (
            <div key={`${p.key}:${i}`} data-testid="actor-property" data-key={p.key}>
              <dt>{propertyLabel(p.key)}</dt>
              <dd>{p.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </>
  );
}
