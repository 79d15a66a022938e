import { readSeed } from './load';
import { buildReport, moneyIn, percentIn } from './report';

describe('seed report', () => {
  it('counts every actor and relationship once', () => {
    const seed = readSeed();
    const report = buildReport(seed);
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    expect(sum(report.actorsByKind)).toBe(seed.actors.length);
    expect(sum(report.relationshipsByType)).toBe(seed.relationships.length);
  });

  it('spots money and percentages in excerpts, not years', () => {
    expect(moneyIn('estimated at $30 billion—a figure')).toBe('$30 billion');
    expect(moneyIn('approximately one billion dollars to Hezbollah')).toBe('one billion dollars');
    expect(moneyIn('tens of billions of dollars')).toBe('tens of billions of dollars');
    expect(moneyIn('On July 30, 2025, the U.S. Treasury')).toBeUndefined();
    expect(percentIn('only 37.5 percent for the state')).toBe('37.5 percent');
  });
});
