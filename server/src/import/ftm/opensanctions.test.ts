import * as fs from 'node:fs';
import * as path from 'node:path';
import { SanctionsService } from '../../services/SanctionsService';
import { ImportErrorCode } from '../ImportError';
import { FTM_SAMPLE, importIntoMemory, serverStore, tempDir } from '../testSupport';

/**
 * OpenSanctions' own FollowTheMoney data, real samples from its yente
 * fixtures (data/lists/ftm-opensanctions-sample): the incremental delta
 * format, applied version by version, and the `topics: sanction` entities
 * that carry no Sanction entity; and a plain FtM export of payments.
 */

jest.setTimeout(60_000);

const DELTAS = path.join(FTM_SAMPLE, 't2-deltas');

describe('an OpenSanctions delta folder', () => {
  const dataDir = tempDir();
  let first: Awaited<ReturnType<typeof importIntoMemory>>;
  beforeAll(async () => {
    first = await importIntoMemory(dataDir, 'ftm', [DELTAS]);
  });

  it('imports every version in order, each as the list as of its date', () => {
    expect(first.summaries.map((s) => [s.document.id, s.document.date])).toEqual([
      ['ftm-sanctions-20240527134702-zbn', '2024-05-27'],
      ['ftm-sanctions-20240527194702-wnk', '2024-05-27'],
      ['ftm-sanctions-20240528014702-pfh', '2024-05-28'],
      ['ftm-sanctions-20240528074703-npf', '2024-05-28'],
      ['ftm-sanctions-20240528134729-3iv', '2024-05-28'],
    ]);
  });

  it('designates an EU-listed person (topics: sanction, dataset eu_fsf) by the European Union', async () => {
    const store = await serverStore(dataDir);
    const [plotnikov] = await store.searchActors({ text: 'Vladimir Plotnikov', first: 1 });
    expect(plotnikov).toEqual(expect.objectContaining({ kind: 'PERSON', origin: 'imported' }));
    const designations = await store.designationsOf([plotnikov!.id]);
    expect(designations.map((d) => [d.authority, d.programs, d.list])).toEqual([
      ['european-union', ['eu_fsf'], 'FtM sanctions'],
    ]);
    const status = await new SanctionsService(store).status(plotnikov!.id, {
      authority: 'european-union',
    });
    expect([status.status, status.byAuthority[0]!.rule]).toEqual(['DIRECT', 'LISTED']);
  });

  it('ends the designations of an entity a DEL takes out, as of that version, keeping them', async () => {
    const store = await serverStore(dataDir);
    // AL-QAIDA IN IRAQ again (its name only as `caption`), added in pfh, deleted in npf.
    const [deleted] = await store.getActors(['ftm-NK-500Poltergeist']);
    expect(deleted).toEqual(expect.objectContaining({ name: 'AL-QAIDA IN IRAQ' }));
    // An Organization of an armed group is one (OpenSanctions' crime.terror topic).
    expect(deleted!.kind).toBe('ARMED_GROUP');
    const gone = await store.designationsOf([deleted!.id]);
    expect(gone.length).toBeGreaterThan(10);
    expect(new Set(gone.map((d) => d.delistedOn))).toEqual(new Set(['2024-05-28']));
    // Its datasets are authorities: the UN, US Treasury and the EU among them.
    expect(gone.map((d) => d.authority)).toEqual(
      expect.arrayContaining(['un-security-council', 'us-treasury', 'european-union']),
    );
    // A MOD that keeps only eu_fsf ends the entity's other listings and keeps that one; the
    // fixture's MOD also renames it "IRGC" / "Iranian Revolutionary Guard Corps", so the kept
    // listing attaches to the curated IRGC, as an accepted match.
    const [kept] = await store.getDesignations(['ftm-NK-2T3S8Hu29ktYnKSTgQp2wL--eu-fsf']);
    expect(kept).toEqual(
      expect.objectContaining({ actor: 'irgc', authority: 'european-union', programs: ['eu_fsf'] }),
    );
    expect(kept!.delistedOn).toBeUndefined();
    // Its ended listings moved with it: the separate imported actor is gone, its history is not.
    expect(await store.getActors(['ftm-NK-2T3S8Hu29ktYnKSTgQp2wL'])).toEqual([]);
    const ended = (await store.designationsOf(['irgc'])).filter(
      (d) => d.id.startsWith('ftm-NK-2T3S8') && d.delistedOn === '2024-05-28',
    );
    expect(ended.length).toBeGreaterThan(10);
  });

  it('imports nothing again on a second run: every version is registered', async () => {
    const again = await importIntoMemory(dataDir, 'ftm', [DELTAS]);
    expect(again.summaries).toEqual([]);
  });

  it('refuses one delta file alone: it holds changes, not a list', async () => {
    const one = path.join(DELTAS, '20240528134729-3iv.entities.delta.json');
    await expect(importIntoMemory(tempDir(), 'ftm', [one])).rejects.toMatchObject({
      code: ImportErrorCode.WRONG_FORMAT,
      message: expect.stringMatching(/delta/),
    });
  });
});

describe('a FollowTheMoney export of party donations (parteispenden)', () => {
  it('imports payments as money flows with their amounts and dates', async () => {
    const dataDir = tempDir();
    const file = path.join(FTM_SAMPLE, 'parteispenden.ftm.json');
    const payments = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.includes('"schema": "Payment"') || l.includes('"schema":"Payment"'));
    const { summaries, store } = await importIntoMemory(dataDir, 'ftm', [file], {
      date: '2024-06-01',
    });
    expect(summaries).toHaveLength(1);
    const funds = summaries[0]!.applied.relationships.FUNDS;
    expect(funds!.created).toBeGreaterThan(0);
    expect(funds!.created).toBeLessThanOrEqual(payments.length);
    const flows = (await store.listRelationships({ types: ['FUNDS'], first: 5000 })).filter(
      (r) => r.origin === 'imported',
    );
    expect(flows.every((r) => r.amount !== undefined && r.amount.value > 0)).toBe(true);
    expect(flows[0]!.amount!.currency).toBe('EUR');
    expect(flows).toHaveLength(funds!.created);
    expect(flows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.start ?? ''))).toBe(true);
  });
});
