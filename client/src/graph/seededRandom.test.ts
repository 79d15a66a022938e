import { seededRandom, withSeededRandom } from './seededRandom';

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds, in [0, 1)', () => {
    const take = (seed: string) => {
      const next = seededRandom(seed);
      return Array.from({ length: 50 }, () => next());
    };
    expect(take('explore:irgc')).toEqual(take('explore:irgc'));
    expect(take('explore:irgc')).not.toEqual(take('explore:hezbollah'));
    expect(take('x').every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('stands in for Math.random only while the work runs, even when it throws', () => {
    const original = Math.random;
    const inside = withSeededRandom('s', () => [Math.random(), Math.random()]);
    expect(inside).toEqual(withSeededRandom('s', () => [Math.random(), Math.random()]));
    expect(Math.random).toBe(original);
    expect(() =>
      withSeededRandom('s', () => {
        throw new Error('layout failed');
      }),
    ).toThrow('layout failed');
    expect(Math.random).toBe(original);
  });
});
