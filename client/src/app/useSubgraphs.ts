import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fetchControlChain, fetchNeighborhood, type ActorGroup, type Subgraph } from '../api/api';
import type { SubgraphRequest } from './scopeRequests';

/** One answer of the scope: neighbourhoods also carry the groups standing for their crowds. */
export type ScopePart = Subgraph & { groups?: readonly ActorGroup[] };

export type Loaded =
  { status: 'loading' } | { status: 'ok'; data: ScopePart } | { status: 'error'; error: unknown };

function load(request: SubgraphRequest): Promise<ScopePart> {
  if (request.kind === 'chain') {
    return fetchControlChain({ id: request.id, direction: request.direction, ...request.time });
  }
  return fetchNeighborhood({
    id: request.id,
    depth: request.depth,
    types: request.types,
    ...request.time,
  });
}

/**
 * Loads each requested subgraph once and keeps every answer (a cache by
 * key), so going back to an earlier focus or year is instant. A failed
 * request stays failed until `retry`.
 */
export function useSubgraphs(requests: readonly SubgraphRequest[]): {
  loaded: ReadonlyMap<string, Loaded>;
  retry: (key: string) => void;
} {
  // Answers (ok or error) by key; a key requested but not answered is loading.
  const [answers, setAnswers] = useState<ReadonlyMap<string, Loaded>>(new Map());
  const [attempts, setAttempts] = useState(0);
  const started = useRef(new Set<string>());
  const keys = requests.map((r) => r.key).join('\u0000');

  useEffect(() => {
    for (const request of requests) {
      if (started.current.has(request.key)) continue;
      started.current.add(request.key);
      load(request).then(
        (data) =>
          setAnswers((previous) => new Map(previous).set(request.key, { status: 'ok', data })),
        (error: unknown) =>
          setAnswers((previous) => new Map(previous).set(request.key, { status: 'error', error })),
      );
    }
    // The keys say when the requests change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys, attempts]);

  const loaded = useMemo(() => {
    const all = new Map(answers);
    for (const r of requests) if (!all.has(r.key)) all.set(r.key, { status: 'loading' });
    return all;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answers, keys]);

  const retry = useCallback((key: string) => {
    started.current.delete(key);
    setAnswers((previous) => {
      const next = new Map(previous);
      next.delete(key);
      return next;
    });
    setAttempts((n) => n + 1);
  }, []);

  return { loaded, retry };
}
