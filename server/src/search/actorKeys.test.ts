import { actorSearchTerms, scoreActor, transliterate } from './actorKeys';

describe('scoring an actor for a query', () => {
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

  it('ranks an actor by its own names above the names a list also gives another', () => {
    const houthis = { name: 'Houthis', aliases: ['Ansar Allah'] };
    const hezbollah = {
      name: 'Hezbollah',
      aliases: [],
      listedAs: ['ANSAR ALLAH', 'ISLAMIC JIHAD'],
    };
    expect(scoreActor(houthis, 'ansar allah')).toBeGreaterThan(
      scoreActor(hezbollah, 'ansar allah'),
    );
    expect(scoreActor(hezbollah, 'ansar allah')).toBeGreaterThan(0);
    // For one actor, its own name wins over what a list calls it.
    expect(scoreActor({ ...hezbollah, aliases: ['Ansar Allah'] }, 'ansar allah')).toBe(95);
  });

  it('finds a name written in Arabic script by the same script, and by Latin letters', () => {
    const entry = { name: 'MOHAMMAD TAHER ANWARI', aliases: ['محمد طاهر أنوري'] };
    expect(scoreActor(entry, 'محمد طاهر')).toBeGreaterThan(0);
    expect(scoreActor(entry, 'محمد طاهر انوري')).toBe(95);
    const arabicOnly = { name: 'حزب الله', aliases: [] };
    expect(scoreActor(arabicOnly, 'hizb allah')).toBe(15);
    expect(scoreActor(arabicOnly, 'hamas')).toBe(0);
    expect(transliterate('Hezbollah')).toBeUndefined();
    expect(transliterate('حزب الله')).toMatch(/^h/i);
  });

  it('indexes tokens, their skeletons and the consonants of transliterations', () => {
    expect(actorSearchTerms({ name: 'Hezbollah', aliases: ['Hizb Allah'] })).toEqual(
      expect.arrayContaining(['hezbollah', 'sk_hzblh', 'hizb', 'allah']),
    );
    expect(actorSearchTerms({ name: 'حزب الله', aliases: [] })).toEqual(
      expect.arrayContaining(['cs_hzb', 'cs_lh']),
    );
  });
});
