/** The Sources view: each article with outlet, date, counts, and a warning for sidecar trouble. */
import type { ScanResult } from '../../core/model';
import { baseName, counted, ENGLISH, remembered, withLazyTooltip, type Localizer, type PanelNode } from './nodes';
import { mentionCountOf, quoteCountOf } from '../../core/reportFields';

export interface SidecarHealth {
  orphans: number;
  /** First error of a sidecar that does not parse, with its line and column. */
  error?: string;
  annotations: number;
}

export function sourceNodes(result: ScanResult, health: ReadonlyMap<string, SidecarHealth>, skipped: ReadonlyMap<string, string>, l10n: Localizer = ENGLISH): PanelNode[] {
  const entities = remembered((count: number) => counted(l10n, count, '{0} entity', '{0} entities'));
  const quotes = remembered((count: number) => counted(l10n, count, '{0} quote', '{0} quotes'));
  const unknownOutlet = l10n.t('unknown outlet');
  const noDate = l10n.t('no date');
  const nodes: PanelNode[] = result.sources.map((source) => {
    const sidecar = health.get(source.file);
    const problems: string[] = [];
    if (sidecar?.error) problems.push(l10n.t('annotations file has errors: {0}', sidecar.error));
    if (sidecar?.orphans) problems.push(counted(l10n, sidecar.orphans, '{0} orphaned annotation', '{0} orphaned annotations'));
    const facts = [source.outlet ?? unknownOutlet, source.published ?? noDate, entities(mentionCountOf(source)), quotes(quoteCountOf(source))];
    if (sidecar?.annotations) facts.push(counted(l10n, sidecar.annotations, '{0} annotation', '{0} annotations'));
    return withLazyTooltip({
      id: `source:${source.file}`,
      label: baseName(source.file),
      description: facts.join(' · '),
      tooltip: () => [source.title ?? source.file, source.file, ...facts, ...(source.url ? [source.url] : []), ...problems].join('\n'),
      icon: problems.length > 0 ? 'warning' : 'file',
      contextValue: problems.length > 0 ? 'source-problem' : 'source',
      reveal: { file: source.file, start: 0, end: 0 },
      data: { file: source.file },
    });
  });
  for (const [file, reason] of skipped) {
    nodes.push({ id: `skipped:${file}`, label: baseName(file), description: l10n.t('skipped: {0}', reason), tooltip: `${file}\n${l10n.t('not analysed: {0}', reason)}`, icon: 'warning', contextValue: 'source-skipped' });
  }
  return nodes;
}
