import {
  khamenei,
  qodsFundsHezbollah,
  qodsPartOfIrgc,
  qodsSuppliesHouthis,
} from '../test/fixtures';
import { relationshipSentence, stepSummary, verb } from './sentence';

describe('relationshipSentence', () => {
  it('reads source, verb, target', () => {
    expect(relationshipSentence(qodsSuppliesHouthis)).toBe('Qods Force supplies Houthis');
    expect(relationshipSentence(qodsPartOfIrgc)).toBe(
      'Qods Force is part of Islamic Revolutionary Guard Corps',
    );
  });

  it('says how family members are related when the label tells', () => {
    const family = { type: 'FAMILY' as const, label: 'father of' };
    expect(verb(family)).toBe('is father of');
    expect(verb({ ...family, label: null })).toBe('is family of');
    expect(
      relationshipSentence({
        ...family,
        source: khamenei,
        target: { ...khamenei, name: 'Mojtaba' },
      }),
    ).toBe('Ali Khamenei is father of Mojtaba');
  });
});

describe('stepSummary', () => {
  it('gives type, amount and year', () => {
    expect(stepSummary(qodsFundsHezbollah)).toBe('funds, $1bn, 2025');
    expect(stepSummary(qodsPartOfIrgc)).toBe('part of');
    expect(stepSummary({ ...qodsPartOfIrgc, type: 'OWNS', percent: 51 })).toBe('owns, 51%');
  });
});
