import { IssueCode } from './ImportError';
import { normalizeName } from '@explorer/domain';
import type { EntryLink, Issue, ListEntry, Location } from './model';

/** A reference by name from one entry to another of the same list (OFAC `Linked To:`). */
export interface NameReference {
  from: string;
  name: string;
  at: Location;
  make: (target: ListEntry) => EntryLink;
}

/**
 * Resolves references by exact normalized name or alias within one list:
 * an entry whose primary name it is wins; failing that, an entry that has it
 * as an alias. A name matching no entry, or several at the same level, stays
 * unresolved (reported, never guessed). Links are deduplicated by id; an
 * entry never links to itself.
 */
export function resolveByName(
  entries: readonly ListEntry[],
  references: readonly NameReference[],
): { links: EntryLink[]; unresolved: Issue[] } {
  const byName = new Map<string, ListEntry[]>();
  const byAlias = new Map<string, ListEntry[]>();
  const add = (index: Map<string, ListEntry[]>, name: string, entry: ListEntry): void => {
    const key = normalizeName(name);
    if (!key) return;
    const list = index.get(key);
    if (!list) index.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of entries) {
    add(byName, entry.name, entry);
    for (const alias of entry.aliases) add(byAlias, alias, entry);
  }
  const links = new Map<string, EntryLink>();
  const unresolved: Issue[] = [];
  for (const ref of references) {
    const key = normalizeName(ref.name);
    const others = (index: Map<string, ListEntry[]>) =>
      (index.get(key) ?? []).filter((e) => e.key !== ref.from);
    const named = others(byName);
    const found = named.length > 0 ? named : others(byAlias);
    if (found.length === 1) {
      const link = ref.make(found[0]!);
      links.set(link.id, link);
    } else if (found.length === 0) {
      unresolved.push({
        at: ref.at,
        reason: 'names no other entry of the list',
        detail: ref.name,
        code: IssueCode.UNRESOLVED_NAME,
      });
    } else {
      const keys = found.map((e) => e.key).join(', ');
      unresolved.push({
        at: ref.at,
        reason: 'names several entries',
        detail: `${ref.name} (${keys})`,
        code: IssueCode.UNRESOLVED_NAME,
      });
    }
  }
  return { links: [...links.values()], unresolved };
}
