import type { Designation, ListEntry } from '../model';
import { idPart, shorten } from '../text';
import { authorityOf } from './authority';
import type { FtmRecord } from './ftmRecords';

/**
 * OpenSanctions marks an entity it found on a sanctions list with the topic
 * `sanction` (not `sanction.linked` or `sanction.control`: those are its own
 * derived statuses, which we compute ourselves, per authority). Its
 * consolidated exports often carry no `Sanction` entity for it; the entity's
 * `datasets` then say which list: each becomes a designation by that list's
 * authority. Known OpenSanctions dataset names map to authorities (the EU,
 * US Treasury and UN ones to the curated actors); any other dataset becomes
 * an authority named after it. A `Sanction` entity for the same entity and
 * authority wins (it has the program and dates), so no designation is
 * counted twice.
 */

const DATASET_AUTHORITIES: readonly [RegExp, string][] = [
  [/^eu_/, 'European Union'],
  [/^us_ofac/, 'Office of Foreign Assets Control'],
  [/^us_(bis|trade_csl)/, 'US Bureau of Industry and Security'],
  [/^us_/, 'United States Government'],
  [/^un_/, 'United Nations Security Council'],
  [/^gb_/, 'HM Treasury (United Kingdom)'],
  [/^ch_seco/, 'Swiss State Secretariat for Economic Affairs (SECO)'],
  [/^ca_/, 'Government of Canada'],
  [/^au_/, 'Australian Department of Foreign Affairs and Trade'],
  [/^nz_/, 'New Zealand Ministry of Foreign Affairs and Trade'],
  [/^jp_/, 'Japan Ministry of Finance'],
  [/^fr_/, 'French Directorate General of the Treasury'],
  [/^ua_/, 'National Security and Defense Council of Ukraine'],
];

/** The authority whose list an OpenSanctions dataset is. */
export function datasetAuthority(dataset: string): string {
  for (const [pattern, name] of DATASET_AUTHORITIES) if (pattern.test(dataset)) return name;
  return `OpenSanctions dataset ${dataset}`;
}

/** Designations for an entity marked `sanction` that no Sanction entity already designates. */
export function topicDesignations(
  record: FtmRecord,
  entry: ListEntry,
  list: { dataset: string; sourceList: string; listDate: string },
): Designation[] {
  if (!(record.properties['topics'] ?? []).includes('sanction')) return [];
  const already = new Set(
    entry.designations.map((d) =>
      d.authority.kind === 'curated' ? d.authority.id : d.authority.key,
    ),
  );
  const out: Designation[] = [];
  for (const dataset of record.datasets?.length ? record.datasets : [list.dataset]) {
    const authorityText = datasetAuthority(dataset);
    const authority = authorityOf(authorityText);
    const key = authority.kind === 'curated' ? authority.id : authority.key;
    if (already.has(key)) continue;
    already.add(key);
    out.push({
      id: `ftm-${idPart(record.id)}--${idPart(dataset).toLowerCase()}`,
      authority,
      program: dataset,
      excerpt: shorten(`${entry.name} [topics: sanction; dataset ${dataset}]`),
      section: `${record.schema} ${record.id}`,
      properties: {
        sourceList: list.sourceList,
        listDate: list.listDate,
        ftmId: record.id,
        dataset,
        authority: authorityText,
      },
    });
  }
  return out;
}
