import { LINK_TYPES } from '@explorer/domain';
import { ErrorCode } from '@explorer/domain';
import { fixtureActors, fixtureRelationships } from '../contract/fixture';
import { relType, relTypes, kindLabel, where, validOn, asOfParams, hops } from './cypher';
import { escapeLucene, luceneQuery } from './fulltext';
import { actorToProps, propsToActor, relationshipToProps, rowToRelationship } from './mapping';

describe('Cypher text built from values', () => {
  it('accepts only known relationship types and kinds', () => {
    expect(relType('FUNDS')).toBe('FUNDS');
    expect(relTypes(['OWNS', 'FUNDS', 'OWNS'])).toBe(':OWNS|FUNDS');
    // No types means every link type, spelled out: never an untyped pattern that a
    // designation edge (or any future type) could match.
    expect(relTypes([])).toBe(relTypes(undefined));
    expect(relTypes(undefined)).toBe(':' + LINK_TYPES.join('|'));
    expect(relTypes(undefined)).not.toContain('SANCTIONS');
    expect(kindLabel('VESSEL')).toBe('VESSEL');
    for (const bad of ['funds', 'FUNDS]->() DETACH DELETE n //', 'OWNS|FUNDS', '`X`', '']) {
      expect(() => relType(bad as 'FUNDS')).toThrow(
        expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }),
      );
    }
    expect(() => kindLabel('Person' as 'PERSON')).toThrow(
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }),
    );
  });

  it('splices hop counts as whole numbers only', () => {
    expect(hops(4)).toBe('4');
    expect(hops(2.7)).toBe('2');
    for (const bad of [-1, Number.NaN, Infinity, '3] DETACH DELETE n //' as unknown as number]) {
      expect(() => hops(bad)).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }));
    }
  });

  it('adds the time condition only with a window, on the stated or (undated included) the valid interval', () => {
    expect(where(validOn('r', undefined), false, '')).toBe('');
    expect(where(validOn('r', { from: '2025', to: '2025' }), 'r.id > $after')).toBe(
      'WHERE r.statedFrom <= $asOfTo AND r.statedTo >= $asOfFrom AND r.id > $after',
    );
    expect(validOn('r', { from: '2025', includeUndated: true })).toBe(
      'r.validFrom <= $asOfTo AND r.validTo >= $asOfFrom',
    );
    expect(asOfParams({ from: '2025-02', to: '2025-02' })).toEqual({
      asOfFrom: '2025-02-01',
      asOfTo: '2025-02-31',
    });
    expect(asOfParams({ to: '2025' })).toEqual({ asOfFrom: '0000-01-01', asOfTo: '2025-12-31' });
    expect(asOfParams(undefined)).toEqual({});
  });
});

describe('full-text candidate query', () => {
  it('requires every token as a prefix, or its skeleton or consonants for long tokens', () => {
    expect(luceneQuery('Hizballah al-Qods')).toBe(
      '+(hizballah* OR sk_hzblh* OR cs_hzblh*) +al* +(qods* OR sk_qds* OR cs_qds*)',
    );
    expect(luceneQuery('  ')).toBeUndefined();
    expect(luceneQuery("'}) //")).toBeUndefined();
  });

  it('keeps tokens that prefix the skeleton marker off skeleton terms', () => {
    expect(luceneQuery('s')).toBe('+/s[^_]*/');
    expect(luceneQuery('SK')).toBe('+/sk[^_]*/');
    expect(luceneQuery('cs')).toBe('+/cs[^_]*/');
  });

  it('escapes Lucene syntax', () => {
    expect(escapeLucene('a+b:c*"d"/e')).toBe('a\\+b\\:c\\*\\"d\\"\\/e');
  });
});

describe('record mapping', () => {
  it('reads back every actor and relationship of the fixture as written', () => {
    for (const actor of fixtureActors) {
      expect(propsToActor(actorToProps(actor))).toEqual(actor);
    }
    for (const rel of fixtureRelationships) {
      const props = relationshipToProps(rel);
      const row = { props, type: rel.type, source: rel.source, target: rel.target };
      expect(rowToRelationship(row)).toEqual(rel);
    }
  });

  it('stores padded validity and the search terms, and no undefined members', () => {
    const props = relationshipToProps(fixtureRelationships[1]!);
    expect(props).toMatchObject({ validFrom: '2015-01-01', validTo: '2020-12-31' });
    expect(Object.values(props)).not.toContain(undefined);
    expect(actorToProps(fixtureActors[2]!).searchText.split(' ')).toEqual(
      expect.arrayContaining(['charlie', 'grup', 'sk_chrl']),
    );
  });
});
