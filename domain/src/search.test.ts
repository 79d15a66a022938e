import { normalizeName, scoreActor, searchTerms, skeleton } from './search';

describe('name matching', () => {
  it('normalizes case, accents, apostrophes and punctuation', () => {
    expect(normalizeName("  Asa'ib Ahl al-Ḥaq ")).toBe('asaib ahl al haq');
    expect(normalizeName('Beit-e Rahbari')).toBe('beit e rahbari');
  });

  it('gives transliteration variants one skeleton', () => {
    expect(skeleton('hezbollah')).toBe(skeleton('hizballah'));
    expect(skeleton('qods')).toBe(skeleton('quds'));
    expect(skeleton('hamas')).not.toBe(skeleton('hezbollah'));
  });

  it('ranks exact name over alias over prefix over spread over skeleton', () => {
    const actor = { name: 'Qods Force', aliases: ['Quds Force', 'IRGC-QF'] };
    expect(scoreActor(actor, 'qods force')).toBe(100);
    expect(scoreActor(actor, 'Quds Force')).toBe(95);
    expect(scoreActor(actor, 'qods')).toBe(80);
    expect(scoreActor(actor, 'force qods')).toBe(60);
    expect(scoreActor(actor, 'irgc qods')).toBe(40);
    expect(scoreActor({ name: 'Hezbollah', aliases: [] }, 'hizballah')).toBe(20);
    expect(scoreActor(actor, 'hamas')).toBe(0);
    expect(scoreActor(actor, '  ')).toBe(0);
  });

  it('indexes tokens and their skeletons', () => {
    expect(searchTerms({ name: 'Hezbollah', aliases: ['Hizb Allah'] })).toEqual(
      expect.arrayContaining(['hezbollah', 'sk_hzblh', 'hizb', 'allah']),
    );
  });
});
