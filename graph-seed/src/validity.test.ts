import { readSeed } from './load';
import { validityStatus, type TimeWindow, type ValidityStatus } from '@explorer/domain';

const asOf = (date: string): TimeWindow => ({ from: date, to: date });

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
