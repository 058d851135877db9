import { isLinkedQuote } from '../core/corpus/quoteGraphState';
import type { ScanResult } from '../core/model';
import { mentionCountOf, quoteCountOf } from '../core/reportFields';

/** The human-readable scan report. */
export function formatReport(result: ScanResult): string {
  const lines: string[] = [];
  const nameOf = new Map(result.entities.map((e) => [e.id, e.name]));
  lines.push(`Sources (${result.sources.length})`);
  for (const s of result.sources) {
    const meta = [s.outlet ?? 'outlet unknown', s.published ?? 'date unknown'].join(', ');
    lines.push(`  ${s.file}  [${meta}]  ${mentionCountOf(s)} mentions, ${quoteCountOf(s)} quotes`);
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
  let quoteCount = 0;
  // Each speaker's lines, in source order (a folder of thousands of articles has tens of thousands).
  const bySpeaker = new Map<string, string[]>();
  for (const s of result.sources) {
    quoteCount += s.quotes.length;
    for (const q of s.quotes) {
      if (!isLinkedQuote(q.kind)) continue;
      const key = q.speaker ? nameOf.get(q.speaker) ?? q.speaker : '(unattributed)';
      const said = bySpeaker.get(key);
      const line = `    "${q.text}" - ${s.file} (${q.kind})`;
      if (said) said.push(line);
      else bySpeaker.set(key, [line]);
    }
  }
  lines.push(`Quotes by speaker (${quoteCount})`);
  for (const [speaker, said] of [...bySpeaker].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`  ${speaker}`);
    for (const line of said) lines.push(line);
  }
  lines.push('');
  // Appended line by line: push(...lines) passes every line as an argument, past the stack's limit in a large folder.
  for (const line of formatQuoteGroups(result, nameOf)) lines.push(line);
  lines.push('');
  for (const line of formatFindings(result)) lines.push(line);
  return lines.join('\n') + '\n';
}

/** Each group's versions, compared word by word with the longest one. */
function formatQuoteGroups(result: ScanResult, nameOf: Map<string, string>): string[] {
  const lines = [`Quote groups (${result.quoteGroups.length})`];
  for (const group of result.quoteGroups) {
    const speaker = group.speaker ? nameOf.get(group.speaker) ?? group.speaker : '(unattributed)';
    const files = new Set(group.members.map((m) => m.file)).size;
    lines.push(`  ${speaker} - ${group.members.length} versions in ${files} source${files === 1 ? '' : 's'} [${group.id}]`);
    for (const v of group.variants) {
      lines.push(`    ${v.file}: "${clip(v.text, 100)}" (${v.relation})`);
      const parts = [
        ...v.changed.map((c) => `"${clip(c.from, 40)}" -> "${clip(c.to, 40)}"`),
        ...v.added.map((a) => `+"${clip(a, 40)}"`),
        ...(v.relation === 'reworded' ? v.dropped.map((d) => `-"${clip(d, 40)}"`) : []),
      ];
      if (parts.length > 0) lines.push(`      ${parts.join('  ')}`);
    }
  }
  return lines;
}

function formatFindings(result: ScanResult): string[] {
  const lines = [`Findings (${result.findings.length})`];
  for (const finding of result.findings) {
    lines.push(`  [${finding.kind}] ${finding.message}`);
    const where = finding.spans.map((s) => `${s.file}:${s.start}-${s.end}`);
    lines.push(`    at ${where.slice(0, 6).join(', ')}${where.length > 6 ? `, +${where.length - 6} more` : ''}`);
  }
  return lines;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
