import { readSeed } from './load';
import type { Relationship, Validity } from '@explorer/domain';
import { validityOf, validityStatus, type TimeWindow, type ValidityStatus } from './validity';

type Timed = Pick<Relationship, 'start' | 'end' | 'validity'>;

const asOf = (date: string): TimeWindow => ({ from: date, to: date });
const status = (rel: Timed, window: TimeWindow): ValidityStatus => validityStatus(rel, window);
const v = (validity: Omit<Validity, 'reason'>): Validity => ({ reason: 'a test', ...validity });

describe('validityOf', () => {
  it('keeps a relationship its own validity', () => {
    const own = v({ kind: 'ENDED_BEFORE', endedBefore: '2025-04' });
    expect(validityOf({ validity: own })).toBe(own);
  });
  it('derives DATED or UNDATED for records without one (imports)', () => {
    expect(validityOf({ start: '2021-04-25' }).kind).toBe('DATED');
    expect(validityOf({ end: '2023' }).kind).toBe('DATED');
    expect(validityOf({}).kind).toBe('UNDATED');
  });
});

describe('validityStatus', () => {
  it('answers VALID for everything when there is no window', () => {
    expect(status({}, {})).toBe('VALID');
    expect(status({ validity: v({ kind: 'ENDED_BEFORE', endedBefore: '2000' }) }, {})).toBe(
      'VALID',
    );
  });

  describe('DATED and HISTORICAL', () => {
    const office: Timed = { start: '2013', end: '2021', validity: v({ kind: 'DATED' }) };
    it('overlap the window at each date’s precision', () => {
      expect(status(office, asOf('2013'))).toBe('VALID');
      expect(status(office, asOf('2021-12-31'))).toBe('VALID');
      expect(status(office, asOf('2022-01'))).toBe('OUTSIDE');
      expect(status(office, asOf('2012-12-31'))).toBe('OUTSIDE');
      expect(status(office, { from: '2000', to: '2013-01-01' })).toBe('VALID');
      expect(status(office, { from: '2022' })).toBe('OUTSIDE');
      expect(status(office, { to: '2012' })).toBe('OUTSIDE');
    });
    it('leave a missing bound open', () => {
      const since: Timed = { start: '2025-07-30', validity: v({ kind: 'DATED' }) };
      expect(status(since, asOf('2040'))).toBe('VALID');
      expect(status(since, asOf('2025-07-29'))).toBe('OUTSIDE');
    });
    it('treat a named period like its dates', () => {
      const war: Timed = {
        start: '1980-09',
        end: '1988-08',
        validity: v({ kind: 'HISTORICAL', period: 'the war', datesFrom: 'COMMON_KNOWLEDGE' }),
      };
      expect(status(war, asOf('1984'))).toBe('VALID');
      expect(status(war, asOf('1980-08'))).toBe('OUTSIDE');
      expect(status(war, asOf('2025-12'))).toBe('OUTSIDE');
    });
  });

  describe('ENDED_BEFORE', () => {
    const former: Timed = { validity: v({ kind: 'ENDED_BEFORE', endedBefore: '2025-04' }) };
    it('is OUTSIDE from the statement’s date on', () => {
      expect(status(former, asOf('2025-04'))).toBe('OUTSIDE');
      expect(status(former, asOf('2025-12'))).toBe('OUTSIDE');
      expect(status(former, { from: '2025-04-01', to: '2030' })).toBe('OUTSIDE');
    });
    it('is UNDATED before it: when it held is unknown', () => {
      expect(status(former, asOf('2025'))).toBe('UNDATED');
      expect(status(former, asOf('1979'))).toBe('UNDATED');
      expect(status(former, { from: '2020', to: '2026' })).toBe('UNDATED');
    });
    it('is VALID where the source says it held', () => {
      const held: Timed = {
        validity: v({ kind: 'ENDED_BEFORE', endedBefore: '2025-12', heldOn: '2016' }),
      };
      expect(status(held, asOf('2016-05'))).toBe('VALID');
      expect(status(held, asOf('2017'))).toBe('UNDATED');
    });
  });

  describe('UNDATED', () => {
    it('is UNDATED in any window', () => {
      const undated: Timed = { validity: v({ kind: 'UNDATED' }) };
      expect(status(undated, asOf('1979'))).toBe('UNDATED');
      expect(status(undated, asOf('2025-12'))).toBe('UNDATED');
    });
    it('is VALID in a window that meets the date on which the source says it held', () => {
      const now: Timed = { validity: v({ kind: 'UNDATED', heldOn: '2025-12' }) };
      expect(status(now, asOf('2025-12'))).toBe('VALID');
      expect(status(now, asOf('2025'))).toBe('VALID');
      expect(status(now, asOf('2025-12-15'))).toBe('VALID');
      expect(status(now, asOf('2025-11'))).toBe('UNDATED');
      expect(status(now, asOf('1979'))).toBe('UNDATED');
    });
  });
});

describe('the curated seed in time', () => {
  const seed = readSeed();
  // Curated designations keep the statement's time: listed/delisted as start/end.
  const statements = [
    ...seed.relationships,
    ...seed.designations.map((d) => ({
      ...d,
      start: d.listedOn,
      end: d.delistedOn,
      properties: d.properties,
    })),
  ];
  const byId = new Map(statements.map((r) => [r.id, r]));
  const at = (window: TimeWindow, wanted: ValidityStatus) =>
    statements.filter((r) => validityStatus(r, window) === wanted).map((r) => r.id);

  it('no longer holds in 2025-12 the roles the essay calls former or then-', () => {
    const outside = at(asOf('2025-12'), 'OUTSIDE');
    expect(outside).toEqual(
      expect.arrayContaining([
        'heshmatollah-falahatpisheh--holds-office--parliament-national-security-committee',
        'mohammad-bagher-ghalibaf--holds-office--tehran-municipality',
        'former-environmental-protection-organization-adviser--advises--environmental-protection-organization',
        'mohammad-javad-zarif--holds-office--ministry-of-foreign-affairs',
        'ali-shamkhani--holds-office--supreme-national-security-council',
      ]),
    );
  });

  it('holds the historical events only in their period', () => {
    for (const id of [
      'iran--strikes--iraq',
      'iraq--strikes--iran',
      'united-states--controls--iraq',
    ]) {
      expect([id, validityStatus(byId.get(id)!, asOf('2025-12'))]).toEqual([id, 'OUTSIDE']);
    }
    expect(validityStatus(byId.get('iran--strikes--iraq')!, asOf('1985'))).toBe('VALID');
    expect(validityStatus(byId.get('united-states--controls--iraq')!, asOf('2005'))).toBe('VALID');
  });

  it('holds in 2025-12 what the essay says holds now', () => {
    const valid = at(asOf('2025-12'), 'VALID');
    expect(valid).toEqual(
      expect.arrayContaining([
        'mohammad-bagher-ghalibaf--holds-office--parliament-of-iran',
        'irgc--controls--iran-nuclear-program',
        'ali-shamkhani--advises--ali-khamenei',
      ]),
    );
    expect(valid).not.toContain('syrian-regime--owes--iran');
    expect(at(asOf('2025-04'), 'VALID')).toContain('syrian-regime--owes--iran');
  });

  it('shows nothing of the 2020s in 1979 unless undated facts are asked for', () => {
    const valid = at(asOf('1979'), 'VALID');
    for (const id of valid) {
      const r = byId.get(id)!;
      expect([id, r.validity?.kind]).toEqual([id, expect.stringMatching(/^(DATED|HISTORICAL)$/)]);
      expect([id, r.start! <= '1979']).toEqual([id, true]);
    }
    expect(valid).toEqual(['axis-of-resistance--supports--iran']);
    const undated = at(asOf('1979'), 'UNDATED');
    expect(undated).toEqual(
      expect.arrayContaining([
        'syrian-regime--owes--iran',
        'european-union--sanctions--mohammad-hossein-shamkhani',
      ]),
    );
  });

  it('gives every relationship a validity with a reason', () => {
    for (const r of seed.relationships) {
      expect([r.id, typeof r.validity?.reason]).toEqual([r.id, 'string']);
    }
  });
});
