import { consonants, normalizeName, skeleton } from './search';

describe('name normalisation', () => {
  it('normalizes case, accents, apostrophes and punctuation', () => {
    expect(normalizeName("  Asa'ib Ahl al-Ḥaq ")).toBe('asaib ahl al haq');
    expect(normalizeName('Beit-e Rahbari')).toBe('beit e rahbari');
  });

  it('folds the Arabic-script letters written more than one way, and drops vowel marks', () => {
    // Persian yeh and keheh, alef with hamza, a kasra: the same name either way.
    expect(normalizeName('عبد الکبیر')).toBe(normalizeName('عبد الكبير'));
    expect(normalizeName('أنوري')).toBe(normalizeName('انوري'));
    expect(normalizeName('مُحَمَّد')).toBe('محمد');
    expect(normalizeName('حزب الله')).toBe('حزب الله');
  });

  it('gives transliteration variants one skeleton', () => {
    expect(skeleton('hezbollah')).toBe(skeleton('hizballah'));
    expect(skeleton('qods')).toBe(skeleton('quds'));
    expect(skeleton('hamas')).not.toBe(skeleton('hezbollah'));
  });

  it('gives a vowelled Latin name and an unvowelled transliteration the same consonants', () => {
    expect(consonants('anwari')).toBe(consonants('nwry'));
    expect(consonants('allah')).toBe(consonants('llh'));
    expect(consonants('mohammad')).toBe(consonants('mhmd'));
  });
});
