import * as path from 'node:path';
import { DEFAULT_DATA_DIR, loadSeed, readDocumentText, readSeed } from './load';
import type { Actor, Designation, GraphSink, Relationship } from '@explorer/domain';
import { SeedValidationError } from './validate/issues';

/** A sink that upserts by id into maps and records the order of calls. */
class MapSink implements GraphSink {
  readonly actors = new Map<string, Actor>();
  readonly relationships = new Map<string, Relationship>();
  readonly designations = new Map<string, Designation>();
  readonly calls: string[] = [];

  async upsertActors(actors: readonly Actor[]): Promise<void> {
    this.calls.push('actors');
    for (const a of actors) this.actors.set(a.id, a);
  }

  async upsertRelationships(relationships: readonly Relationship[]): Promise<void> {
    this.calls.push('relationships');
    for (const r of relationships) {
      if (!this.actors.has(r.source) || !this.actors.has(r.target)) {
        throw new Error(`relationship ${r.id} written before its actors`);
      }
      this.relationships.set(r.id, r);
    }
  }

  async upsertDesignations(designations: readonly Designation[]): Promise<void> {
    this.calls.push('designations');
    for (const d of designations) {
      if (!this.actors.has(d.actor) || !this.actors.has(d.authority)) {
        throw new Error(`designation ${d.id} written before its actors`);
      }
      this.designations.set(d.id, d);
    }
  }
}

const BROKEN = path.join(__dirname, 'validate', 'fixtures', 'broken');

describe('readSeed', () => {
  it('reads the package data directory, from src or dist', () => {
    expect(DEFAULT_DATA_DIR).toBe(path.resolve(__dirname, '..', 'data'));
    expect(path.basename(path.dirname(DEFAULT_DATA_DIR))).toBe('graph-seed');
    const seed = readSeed();
    expect(seed.documents.map((d) => d.id)).toContain('source-essay');
  });

  it('throws a SeedValidationError carrying every issue when the data is invalid', () => {
    expect(() => readSeed(BROKEN)).toThrow(SeedValidationError);
    try {
      readSeed(BROKEN);
    } catch (e) {
      expect((e as SeedValidationError).issues.map((i) => i.code)).toEqual(['DANGLING_REFERENCE']);
    }
  });
});

describe('readDocumentText', () => {
  it('returns the essay byte for byte', () => {
    const text = readDocumentText('source-essay');
    expect(text?.split('\n').find((l) => l.trim() !== '')).toBe(
      'The dilemmas of an ayatollah, Is Khamenei capable of backing down?',
    );
    expect(readDocumentText('../package')).toBeUndefined();
  });
});

describe('loadSeed', () => {
  it('writes actors before relationships and designations, and reports counts', async () => {
    const sink = new MapSink();
    const counts = await loadSeed(sink);
    expect(sink.calls).toEqual(['actors', 'relationships', 'designations']);
    expect(counts).toEqual({
      actors: sink.actors.size,
      relationships: sink.relationships.size,
      designations: sink.designations.size,
    });
  });

  it('reads the curated "X sanctions Y" statements as designations on Y, never as links', () => {
    const seed = readSeed();
    expect(seed.relationships.map((r) => r.type)).not.toContain('SANCTIONS');
    const fleet = seed.designations.find(
      (d) => d.id === 'us-treasury--sanctions--mohammad-hossein-shamkhani-fleet',
    );
    expect(fleet).toEqual(
      expect.objectContaining({
        actor: 'mohammad-hossein-shamkhani-fleet',
        authority: 'us-treasury',
        listedOn: '2025-07-30',
        origin: 'curated',
      }),
    );
    expect(fleet!.evidence[0]!.excerpt).toMatch(/sanctioned more than 50 vessels/);
  });

  it('is idempotent: loading twice gives the same counts', async () => {
    const sink = new MapSink();
    const seed = readSeed();
    const first = await loadSeed(sink, seed);
    const snapshot = { actors: sink.actors.size, relationships: sink.relationships.size };
    const second = await loadSeed(sink, seed);
    expect(second).toEqual(first);
    expect({ actors: sink.actors.size, relationships: sink.relationships.size }).toEqual(snapshot);
    expect(snapshot).toEqual({
      actors: seed.actors.length,
      relationships: seed.relationships.length,
    });
  });

  it('loads nothing when validation fails', async () => {
    const sink = new MapSink();
    await expect(loadSeed(sink, BROKEN)).rejects.toBeInstanceOf(SeedValidationError);
    expect(sink.calls).toEqual([]);
    expect(sink.actors.size).toBe(0);
  });
});
