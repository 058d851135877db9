import type { ScanResult } from '../core/model';

/** The human-readable scan report. */
export function formatReport(result: ScanResult): string {
  const lines: string[] = [];
  const nameOf = new Map(result.entities.map((e) => [e.id, e.name]));
  lines.push(`Sources (${result.sources.length})`);
  for (const s of result.sources) {
    const meta = [s.outlet ?? 'outlet unknown', s.published ?? 'date unknown'].join(', ');
    lines.push(`  ${s.file}  [${meta}]  ${s.entities.length} mentions, ${s.quotes.length} quotes`);
    if (s.title) lines.push(`    "${s.title}"`);
  }
  lines.push('');
  lines.push(`Entities (${result.entities.length})`);
  for (const type of ['PERSON', 'ORG', 'PLACE', 'DATE'] as const) {
    const ofType = result.entities.filter((e) => e.type === type).sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    if (ofType.length === 0) continue;
    lines.push(`  ${type}`);
    for (const e of ofType) {
      const aliases = e.aliases.filter((a) => a !== e.name);
      lines.push(`    ${e.name}${aliases.length ? ` (also: ${aliases.join(', ')})` : ''} - ${e.mentions} in ${e.sources.join(', ')}`);
    }
  }
  lines.push('');
  const quotes = result.sources.flatMap((s) => s.quotes.map((q) => ({ ...q, file: s.file })));
  lines.push(`Quotes by speaker (${quotes.length})`);
  const bySpeaker = new Map<string, typeof quotes>();
  for (const q of quotes) {
    if (q.kind === 'scare' || q.kind === 'title') continue;
    const key = q.speaker ? nameOf.get(q.speaker) ?? q.speaker : '(unattributed)';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
  }
  for (const [speaker, qs] of [...bySpeaker].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`  ${speaker}`);
    for (const q of qs) lines.push(`    "${q.text}" - ${q.file} (${q.kind})`);
  }
  return lines.join('\n') + '\n';
}
