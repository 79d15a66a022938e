import { useState } from 'react';
import { fetchDesignationPage, type Designation, type DesignationPage } from '../../api/api';
import { useAsync } from '../../hooks/useAsync';

/** How many designations one page asks for: a panel's worth, far below the server's 500. */
export const DESIGNATION_PAGE_SIZE = 50;

export interface DesignationPages {
  /** The first page loading, a further page loading, settled, or the last request failed. */
  status: 'loading' | 'more' | 'ok' | 'error';
  error?: unknown;
  /** Everything the filters match on the server (all pages); null until the first page. */
  totalCount: number | null;
  /** Counts by program of everything the filters match, largest first. */
  byProgram: DesignationPage['byProgram'];
  /** The designations read so far, in the server's order. */
  loaded: readonly Designation[];
  hasMore: boolean;
  /** Reads the next page (after the last one read); nothing while a page loads. */
  more: () => void;
  /** After an error: asks again for the page that failed. */
  retry: () => void;
}

/**
 * The designations of `authority` (null: none), of one `program` (null: all),
 * in force in `year` (null: all dates), read one page at a time with the
 * server's cursor: the panel counts with `totalCount` and shows only what
 * the reader asked for, never the authority's 10,000 records at once.
 */
export function useDesignationPages(
  authority: string | null,
  program: string | null,
  year: number | null,
): DesignationPages {
  const key = authority ? JSON.stringify([authority, program, year]) : null;
  // Pages read before the current one, and the cursor the current one starts after;
  // both belong to one key, so a new authority, program or year starts from the first page.
  const [kept, setKept] = useState<{ key: string; pages: DesignationPage[] } | null>(null);
  const [cursor, setCursor] = useState<{ key: string; after: string } | null>(null);
  const after = cursor?.key === key ? cursor.after : null;
  const earlier = kept?.key === key ? kept.pages : [];

  const page = useAsync(key ? `${key}:${after ?? ''}` : null, (signal) =>
    fetchDesignationPage(
      {
        authority: authority!,
        program,
        asOf: year != null ? String(year) : null,
        first: DESIGNATION_PAGE_SIZE,
        after,
      },
      signal,
    ),
  );
  const current = page.state.status === 'ok' ? page.state.data : null;
  const pages = current ? [...earlier, current] : earlier;
  const first = pages[0];

  const more = () => {
    if (!key || !current?.pageInfo.hasNextPage || !current.pageInfo.endCursor) return;
    setKept({ key, pages: [...earlier, current] });
    setCursor({ key, after: current.pageInfo.endCursor });
  };

  const status =
    page.state.status === 'error'
      ? 'error'
      : page.state.status === 'ok'
        ? 'ok'
        : earlier.length
          ? 'more'
          : 'loading';
  return {
    status,
    error: page.state.status === 'error' ? page.state.error : undefined,
    totalCount: first?.totalCount ?? null,
    byProgram: first?.byProgram ?? [],
    loaded: pages.flatMap((p) => p.edges.map((e) => e.node)),
    hasMore: current?.pageInfo.hasNextPage ?? false,
    more,
    retry: page.retry,
  };
}
