import type { AuthorityRef } from '../model';
import { idPart } from '../text';

/**
 * The designating authority a FtM Sanction names: the curated actor when it
 * is one we know (OFAC / US Treasury, the UN Security Council, the European
 * Union), else an imported authority actor keyed by its name. Checked in
 * that order, so "US Treasury (UN sanctions)" stays the Treasury.
 */
const CURATED: readonly [RegExp, string][] = [
  [
    /\bOFAC\b|Office of Foreign Assets Control|\b(U\.?S\.?|United States)\b.*\bTreasury\b|\bTreasury Department\b/i,
    'us-treasury',
  ],
  [/\bUN\b|\bU\.N\.|United Nations|Security Council/i, 'un-security-council'],
  [
    /\bEU\b|\bE\.U\.|European Union|Council of the European Union|European Council|European Commission/i,
    'european-union',
  ],
];

const INTERNATIONAL =
  /international|organi[sz]ation of|world|council of europe|interpol|african union|league of arab|\bOSCE\b|\bNATO\b/i;

export function authorityOf(text: string): AuthorityRef {
  for (const [pattern, id] of CURATED) if (pattern.test(text)) return { kind: 'curated', id };
  const name = text.replace(/\s+/g, ' ').trim();
  return {
    kind: 'imported',
    key: `ftm-authority-${idPart(name).toLowerCase()}`,
    name,
    actorKind: INTERNATIONAL.test(name) ? 'INTERNATIONAL_BODY' : 'STATE_BODY',
  };
}
