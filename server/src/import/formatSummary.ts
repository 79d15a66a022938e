import { describeIssue } from './checkFields';
import type { Issue } from './model';
import type { ImportSummary } from './runImport';

/** Most individual issues printed per kind; the rest are counted by reason. */
const SHOWN = 10;

/** The end-of-import report, plain text. */
export function formatSummary(s: ImportSummary): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const lines: string[] = [];
  const head = s.dryRun ? 'import (dry run: nothing written)' : 'import';
  lines.push(`${head}: ${s.document.id} (${s.sourceList}) into ${s.store} in ${n(s.ms)} ms`);
  const r = s.read;
  lines.push(
    `  read      ${n(r.records)} records: ${n(r.entries)} entries, ${n(r.aliases)} aliases, ` +
      `${n(r.addresses)} addresses, ${n(r.designations)} designations, ${n(r.links)} links`,
  );
  if (s.curatedLoaded) lines.push('  curated   graph loaded first (the store held none of it)');
  const a = s.applied;
  lines.push(
    `  actors    ${n(a.actors.created)} created, ${n(a.actors.updated)} updated, ${n(a.actors.unchanged)} unchanged`,
  );
  const d = a.designations;
  lines.push(
    `  sanctions ${n(d.created)} created, ${n(d.updated)} updated, ${n(d.unchanged)} unchanged, ` +
      `${n(d.delisted)} delisted${d.alreadyDelisted ? ` (${n(d.alreadyDelisted)} delisted before)` : ''}`,
  );
  for (const [type, t] of Object.entries(a.relationships)) {
    if (type === 'SANCTIONS') continue;
    lines.push(
      `  ${type.padEnd(9)} ${n(t.created)} created, ${n(t.updated)} updated, ${n(t.unchanged)} unchanged`,
    );
  }
  lines.push(
    `  matches   ${s.matches.accepted.length} accepted, ${s.matches.proposed} proposed, ` +
      `${s.matches.rejected} rejected (${s.matches.file})`,
  );
  for (const m of s.matches.accepted) {
    const how = m.names[0] ? ` (${m.names[0].entry} ~ ${m.names[0].actor}, ${m.names[0].how})` : '';
    lines.push(`    ${m.entry} "${m.entryName}" -> ${m.actor} score ${m.score}${how}`);
  }
  if (a.curatedChanged.length > 0) {
    lines.push(`  curated actors with changed imported names: ${a.curatedChanged.join(', ')}`);
  }
  if (a.removedActors.length > 0) {
    lines.push(
      `  removed   ${a.removedActors.length} imported actors now merged: ${a.removedActors.join(', ')}`,
    );
  }
  if (a.redundantActorsLeft.length > 0) {
    lines.push(
      `  warning   ${a.redundantActorsLeft.length} imported actors now merged could not be deleted ` +
        `(the store has no deleteActors): ${a.redundantActorsLeft.join(', ')}`,
    );
  }
  if (s.selfLinks > 0) lines.push(`  links within one merged actor dropped: ${s.selfLinks}`);
  lines.push(...issues('rejected', s.rejected));
  lines.push(...issues('unresolved links', s.unresolvedLinks));
  lines.push(...issues('warnings', s.warnings));
  return lines.join('\n');
}

function issues(title: string, list: readonly Issue[]): string[] {
  if (list.length === 0) return [`  ${title}: none`];
  const byReason = new Map<string, number>();
  for (const i of list) byReason.set(i.reason, (byReason.get(i.reason) ?? 0) + 1);
  const reasons = [...byReason].map(([reason, count]) => `${count} ${reason}`).join('; ');
  const out = [`  ${title}: ${list.length} (${reasons})`];
  for (const i of list.slice(0, SHOWN)) {
    out.push(`    ${describeIssue(i)}`);
  }
  if (list.length > SHOWN) out.push(`    ... and ${list.length - SHOWN} more`);
  return out;
}
