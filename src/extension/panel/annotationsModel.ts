/** The Annotations view: the active source's sidecar entries, orphans first. */
import { orphansFirst, type ResolvedAnnotation } from '../annotations/resolve';
import { ENGLISH, shorten, type Localizer, type NodeIcon, type PanelNode } from './nodes';

export function annotationNodes(file: string, annotations: readonly ResolvedAnnotation[], names: ReadonlyMap<string, string>, l10n: Localizer = ENGLISH): PanelNode[] {
  return orphansFirst(annotations).map((r) => {
    const a = r.annotation;
    const orphan = r.span === null;
    const details: string[] = [a.type];
    if (a.status) details.push(a.status);
    if (a.entity) details.push(a.entity.name ?? names.get(a.entity.id) ?? a.entity.id);
    if (a.quote?.speaker) details.push(l10n.t('said by {0}', names.get(a.quote.speaker) ?? a.quote.speaker));
    if (a.note) details.push(l10n.t('note: {0}', shorten(a.note, 40)));
    if (orphan) details.unshift(l10n.t('orphan'));
    else if (r.anchor === 'fuzzy') details.push(l10n.t('moved (approximate)'));
    const icon: NodeIcon = orphan ? 'orphan' : a.type === 'note' ? 'note' : a.status === 'confirmed' ? 'confirmed' : a.status === 'rejected' ? 'rejected' : 'detected';
    const span = r.span ?? r.stored;
    return {
      id: `annotation:${file}:${a.id}`,
      label: shorten(a.target.exact, 60) || l10n.t('(empty)'),
      description: details.join(' · '),
      tooltip: [
        a.target.exact,
        `id: ${a.id}`,
        ...details,
        ...(orphan ? [l10n.t('orphan: its text is no longer in the source (last known at {0}-{1}); select the new text and run "Re-attach Orphan at Selection"', r.stored.start, r.stored.end)] : []),
        ...(a.tags?.length ? [l10n.t('tags: {0}', a.tags.join(', '))] : []),
        ...(a.author ? [l10n.t('by {0}', a.author)] : []),
        ...(a.created ? [l10n.t('created {0}', a.created)] : []),
      ].join('\n'),
      icon,
      contextValue: orphan ? 'orphan' : `annotation-${a.type}`,
      reveal: { file, start: span.start, end: span.end },
      data: { file, id: a.id },
    };
  });
}
