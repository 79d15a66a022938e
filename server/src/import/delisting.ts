import type { Designation } from '@explorer/domain';
import type { ComparedPlan } from './applyPlan';
import { describeIssue } from './checkFields';
import { ImportError, ImportErrorCode, IssueCode } from './ImportError';
import type { ParsedList } from './model';

/** How far one newer list may go in ending what earlier lists of its family stated. */
export interface DelistingPolicy {
  /**
   * IMPORT_MAX_DELIST_PERCENT (default 10): most of the family's designations
   * in the store (not yet delisted) one list may delist. A truncated or
   * partly unreadable file looks like a list that delists nearly everything.
   */
  maxPercent: number;
  /** `--allow-mass-delisting`: the operator says the list really ends that many. */
  allowMassDelisting: boolean;
}

export const DEFAULT_DELISTING_POLICY: DelistingPolicy = {
  maxPercent: 10,
  allowMassDelisting: false,
};

/**
 * The designations this list would end: the stored designations on its list
 * it no longer carries (entries it could not read excepted), each as it would
 * be written (delistedOn = the list's date). The one place the guard counts
 * them.
 */
export function designationsThisListWouldEnd(compared: ComparedPlan): readonly Designation[] {
  return compared.delistings;
}

/**
 * The delistings to write, decided before anything is written:
 * - more than `maxPercent` of the family's designations: refused
 *   (MASS_DELISTING, with the numbers), unless allowed;
 * - records of the list that could not be tied to an entry (an unreadable
 *   row): any of them may be an entry still listed, so nothing is delisted
 *   (reported as held back), unless allowed.
 * Updates the counts in `compared.result.designations`.
 */
export function decideDelistings(
  list: ParsedList,
  compared: ComparedPlan,
  policy: DelistingPolicy,
  store: string,
): readonly Designation[] {
  const ending = designationsThisListWouldEnd(compared);
  const counts = compared.result.designations;
  if (ending.length === 0 || policy.allowMassDelisting) return ending;

  const active = counts.activeBefore;
  const percent = active === 0 ? 100 : (100 * ending.length) / active;
  if (percent > policy.maxPercent) {
    const n = (x: number) => x.toLocaleString('en-US');
    throw new ImportError(
      ImportErrorCode.MASS_DELISTING,
      `${list.document.id} would delist ${n(ending.length)} of the ${n(active)} ${list.sourceList} ` +
        `designations in the ${store} store (${percent.toFixed(1)}%), more than the ` +
        `${policy.maxPercent}% allowed (IMPORT_MAX_DELIST_PERCENT); nothing was written. ` +
        `The file read as ${n(list.counts.records)} records (${n(list.counts.entries)} entries, ` +
        `${n(list.rejected.length)} rejected): a truncated or partial file looks like this. ` +
        'If the list really ends them, run again with --allow-mass-delisting.',
    );
  }

  const unidentified = list.rejected.filter((issue) => issue.entry === null);
  if (unidentified.length > 0) {
    counts.heldBack = ending.length;
    counts.delisted = 0;
    list.warnings.push({
      at: unidentified[0]!.at,
      reason: 'delistings held back',
      detail:
        `${ending.length} designations the list no longer carries were not delisted: ` +
        `${unidentified.length} of its records could not be read or tied to an entry ` +
        `(first: ${describeIssue(unidentified[0]!)}); fix them and import again, ` +
        'or pass --allow-mass-delisting',
      code: IssueCode.UNREADABLE_RECORD,
    });
    return [];
  }
  return ending;
}
