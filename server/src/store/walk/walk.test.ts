import { ErrorCode, type Relationship } from '@explorer/domain';
import { bfs, withDeadline, type Expand } from './walk';

/** A chain 0 -> 1 -> 2 -> ... whose every expansion takes `delayMs` of wall time. */
function slowChain(delayMs: number): Expand {
  return async (frontier) => {
    const until = Date.now() + delayMs;
    while (Date.now() < until) {
      // busy: like a CPU-bound expansion of a big frontier
    }
    return frontier.map((id) => {
      const to = String(Number(id) + 1);
      const rel = { id: `r${id}`, source: id, target: to } as Relationship;
      return { from: id, to, rel };
    });
  };
}

describe('walk deadlines', () => {
  it('a walk past its deadline fails with STORE_TIMEOUT', async () => {
    const walk = bfs('0', withDeadline(slowChain(15), 'paths', 40), { maxHops: 10 });
    await expect(walk).rejects.toMatchObject({ code: ErrorCode.STORE_TIMEOUT });
  });

  it('a walk within its deadline completes', async () => {
    const result = await bfs('0', withDeadline(slowChain(1), 'paths', 5000), { maxHops: 5 });
    expect(result.distance.get('5')).toBe(5);
  });

  it('other work runs between levels of a long walk', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      await bfs('0', withDeadline(slowChain(5), 'paths', 5000), { maxHops: 8 });
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(2);
  });
});
