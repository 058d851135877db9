/** The Sources view: each article with outlet, date, counts, and a warning for sidecar trouble. */
import type { ScanResult } from '../../core/model';
import { baseName, plural, type PanelNode } from './nodes';

export interface SidecarHealth {
  orphans: number;
  /** First error of a sidecar that does not parse, with its line and column. */
  error?: string;
  annotations: number;
}

export function sourceNodes(result: ScanResult, health: ReadonlyMap<string, SidecarHealth>, skipped: ReadonlyMap<string, string>): PanelNode[] {
  const nodes: PanelNode[] = result.sources.map((source) => {
    const sidecar = health.get(source.file);
    const problems: string[] = [];
    if (sidecar?.error) problems.push(`annotations file has errors: ${sidecar.error}`);
    if (sidecar?.orphans) problems.push(`${plural(sidecar.orphans, 'orphaned annotation')}`);
    const facts = [source.outlet ?? 'unknown outlet', source.published ?? 'no date', plural(source.entities.length, 'entity', 'entities'), plural(source.quotes.length, 'quote')];
    if (sidecar?.annotations) facts.push(plural(sidecar.annotations, 'annotation'));
    return {
      id: `source:${source.file}`,
      label: baseName(source.file),
      description: facts.join(' · '),
      tooltip: [source.title ?? source.file, source.file, ...facts, ...(source.url ? [source.url] : []), ...problems].join('\n'),
      icon: problems.length > 0 ? 'warning' : 'file',
      contextValue: problems.length > 0 ? 'source-problem' : 'source',
      reveal: { file: source.file, start: 0, end: 0 },
      data: { file: source.file },
    };
  });
  for (const [file, reason] of skipped) {
    nodes.push({ id: `skipped:${file}`, label: baseName(file), description: `skipped: ${reason}`, tooltip: `${file}\nnot analysed: ${reason}`, icon: 'warning', contextValue: 'source-skipped' });
  }
  return nodes;
}
