import { readSeed } from '@explorer/graph-seed';
import type { Actor, ActorKind } from '@explorer/domain';
import type { ListEntry } from '../model';
import { AUTO_ACCEPT, kindsCompatible, PROPOSE, proposeMatches } from './proposeMatches';

const seed = readSeed();

function entry(key: string, name: string, kind: ActorKind, aliases: string[] = []): ListEntry {
  return { key, name, kind, aliases, properties: {}, designations: [], at: { file: 'test' } };
}

function best(e: ListEntry, actors: readonly Actor[] = seed.actors) {
  return proposeMatches([e], actors)[0];
}

describe('proposeMatches', () => {
  it('reads OFAC "SURNAME, Given" as the given name first', () => {
    expect(best(entry('ofac-28315', 'SHAMKHANI, Ali', 'PERSON'))).toEqual({
      entry: 'ofac-28315',
      actor: 'ali-shamkhani',
      score: 1,
      names: [{ entry: 'SHAMKHANI, Ali', actor: 'Ali Shamkhani', how: 'exact', score: 1 }],
    });
  });

  it('tolerates transliteration through consonant skeletons (Hizballah / Hezbollah)', () => {
    const actors = seed.actors.map((a) => (a.id === 'hezbollah' ? { ...a, aliases: [] } : a));
    const match = best(entry('x-1', 'HIZBALLAH', 'COMPANY'), actors)!;
    expect(match.actor).toBe('hezbollah');
    expect(match.names[0]).toEqual(
      expect.objectContaining({ actor: 'Hezbollah', how: 'transliteration' }),
    );
    expect(match.score).toBeGreaterThanOrEqual(AUTO_ACCEPT);
  });

  it('scores an alias match below a name match, and a partial name as a proposal only', () => {
    const qods = best(
      entry('ofac-10465', 'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE', 'COMPANY', [
        'QODS FORCE',
      ]),
    )!;
    expect(qods).toEqual(expect.objectContaining({ actor: 'irgc-qods-force', score: 0.9 }));
    const khamenei = best(entry('ofac-26945', 'KHAMENEI, Ali Husseini', 'PERSON'))!;
    expect(khamenei.actor).toBe('ali-khamenei');
    expect(khamenei.names[0]!.how).toBe('words contained');
    expect(khamenei.score).toBeGreaterThanOrEqual(PROPOSE);
    expect(khamenei.score).toBeLessThan(AUTO_ACCEPT);
  });

  it('never proposes on an acronym or a lone surname', () => {
    expect(best(entry('x-2', 'SOME BANK', 'COMPANY', ['IRGC']))).toBeUndefined();
    expect(best(entry('x-3', 'SOLEIMANI, Gholamreza', 'PERSON', ['SOLEIMANI']))).toBeUndefined();
    // A name that merely contains part of a curated name is not that actor.
    expect(best(entry('x-4', 'HUSAYN, Muhammad', 'PERSON'))).toBeUndefined();
  });

  it('matches only compatible kinds, and never a collective actor', () => {
    expect(best(entry('x-5', 'Ali Shamkhani', 'VESSEL'))).toBeUndefined();
    expect(best(entry('x-6', 'Shamkhani fleet', 'VESSEL'))).toBeUndefined();
    expect(kindsCompatible('COMPANY', 'ARMED_GROUP')).toBe(true);
    expect(kindsCompatible('COMPANY', 'PERSON')).toBe(false);
    expect(kindsCompatible('PERSON', 'PERSON')).toBe(true);
    expect(kindsCompatible('COMPANY', 'COUNTRY')).toBe(false);
  });
});
