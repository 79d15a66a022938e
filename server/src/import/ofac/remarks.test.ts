import { parseRemarks, REMARKS_LIMIT } from './remarks';

describe('parseRemarks', () => {
  it('reads aliases with apostrophes, DOB, nationality and Linked To, dropping the final full stop', () => {
    const r = parseRemarks(
      "DOB 08 Jan 1960; nationality Iran; a.k.a. 'KATA'IB HIZBALLAH'; f.k.a. 'AL-HAMZI, Muti''; " +
        'Linked To: ANSAR BANK; Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS.',
    );
    expect(r.aliases).toEqual(["KATA'IB HIZBALLAH", "AL-HAMZI, Muti'"]);
    expect(r.properties).toEqual({ dob: '1960-01-08', nationality: 'Iran' });
    expect(r.linkedTo).toEqual(['ANSAR BANK', 'ISLAMIC REVOLUTIONARY GUARD CORPS']);
    expect(r.truncated).toBe(false);
  });

  it('keeps a DOB it cannot read as written, and the first DOB only', () => {
    expect(parseRemarks('DOB circa 1960; alt. DOB 1957.').properties).toEqual({
      dob: 'circa 1960',
    });
    expect(parseRemarks('DOB Feb 1961.').properties).toEqual({ dob: '1961-02' });
  });

  it('finds an IMO number inside a vessel registration segment', () => {
    expect(
      parseRemarks('Vessel Registration Identification IMO 9187629; MMSI 572469210.').properties,
    ).toEqual({ imoNumber: '9187629', mmsi: '572469210' });
  });

  it('flags a Linked To cut by the 1,000-character limit instead of keeping a partial name', () => {
    const text = `${'Website x.example; '.repeat(60)}Linked To: PETRO L`.slice(-REMARKS_LIMIT);
    const r = parseRemarks(text);
    expect(r.truncated).toBe(true);
    expect(r.linkedTo).toEqual([]);
    expect(r.truncatedLink).toBe('PETRO L');
  });
});
