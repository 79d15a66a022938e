import { validityStatus, type TimeWindow } from '@explorer/domain';
import type { Path } from '../store/GraphStore';

/**
 * The sentence that says a sanctions answer rests on links the sources do
 * not date for the time asked (kept because screening errs towards
 * exposure), naming them; empty when none of its paths does.
 */
export function undatedLinksNote(paths: readonly Path[], window: TimeWindow | undefined): string {
  if (!window) return '';
  const undated = new Set<string>();
  for (const path of paths)
    for (const rel of path.relationships)
      if (validityStatus(rel, window) === 'UNDATED') undated.add(rel.id);
  if (undated.size === 0) return '';
  const ids = [...undated].sort();
  const shown = ids.slice(0, 5).join(', ');
  const more = ids.length > 5 ? ` and ${ids.length - 5} more` : '';
  return ` It rests on link${ids.length === 1 ? '' : 's'} the sources do not date for that time (${shown}${more}); includeUndated: false leaves ${ids.length === 1 ? 'it' : 'them'} out.`;
}
