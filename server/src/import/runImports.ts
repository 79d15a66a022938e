import { buildFtmList } from './ftm/readFtm';
import { deltaDataset, deltaIndexOf, readDeltaVersions } from './ftm/ftmDeltas';
import { checkFields } from './checkFields';
import { idPart } from './text';
import { runImport, type ImportRequest, type ImportSummary } from './runImport';

/**
 * What `npm run import` runs: one import of the list the files are, or, for
 * an OpenSanctions delta folder (`ftm <folder with delta.json>`), one import
 * per version in version order, each the complete list as of that version.
 * A version already imported (its document is registered) is passed over,
 * so running it again after more versions arrive imports only the new ones.
 * A delta says what ends with explicit DEL lines, so the guard against
 * truncated lists (MASS_DELISTING) does not apply to it.
 */
export async function runImports(request: ImportRequest): Promise<ImportSummary[]> {
  const index =
    request.format === 'ftm' && request.files.length === 1
      ? deltaIndexOf(request.files[0]!)
      : undefined;
  if (!index) return [await runImport(request)];
  const dataset = request.dataset ?? deltaDataset(index);
  const done = new Set(request.target.documents().map((d) => d.id));
  const summaries: ImportSummary[] = [];
  for await (const version of readDeltaVersions(index)) {
    const list = buildFtmList(version.state, {
      dataset,
      listDate: version.date,
      documentId: `ftm-${idPart(dataset).toLowerCase()}-${version.version}`,
      title: `OpenSanctions "${dataset}" delta version ${version.version}`,
    });
    if (done.has(list.document.id)) continue;
    checkFields(list);
    summaries.push(
      await runImport({
        ...request,
        list,
        delisting: { maxPercent: 100, allowMassDelisting: true },
      }),
    );
  }
  return summaries;
}
