import { useCallback, useEffect, useEffectEvent, useState } from 'react';

/** Where a load stands. `idle` when there is nothing to load (the key is null). */
export type AsyncState<T> =
  | { status: 'idle' }
  | { status: 'loading'; stale?: T }
  | { status: 'ok'; data: T }
  | { status: 'error'; error: unknown };

type Settled<T> = ({ status: 'ok'; data: T } | { status: 'error'; error: unknown }) & {
  key: string;
};

const IDLE = { status: 'idle' } as const;

/**
 * Runs `load` whenever `key` changes (null: nothing to load) and on `retry`.
 * A newer key aborts the older request and its answer is dropped, so a slow
 * answer never overwrites a newer one.
 */
export function useAsync<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): { state: AsyncState<T>; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const runKey = key == null ? null : `${attempt}\u0000${key}`;
  const start = useEffectEvent((signal: AbortSignal) => load(signal));

  useEffect(() => {
    if (runKey == null) return;
    const controller = new AbortController();
    start(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ key: runKey, status: 'ok', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled({ key: runKey, status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [runKey]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  let state: AsyncState<T> = IDLE;
  if (runKey != null) {
    // While a new key loads, the last good answer stays available as `stale`.
    const stale = settled?.status === 'ok' ? settled.data : undefined;
    state = settled?.key === runKey ? settled : { status: 'loading', stale };
  }
  return { state, retry };
}
