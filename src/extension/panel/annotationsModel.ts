/** The Annotations view: the active source's sidecar entries, orphans first. */
import { orphansFirst, type ResolvedAnnotation } from '../annotations/resolve';
import { shorten, type NodeIcon, type PanelNode } from './nodes';

export function annotationNodes(file: string, annotations: readonly ResolvedAnnotation[], names: ReadonlyMap<string, string>): PanelNode[] {
  return orphansFirst(annotations).map((r) => {
    const a = r.annotation;
    const orphan = r.span === null;
    const details: string[] = [a.type];
    if (a.status) details.push(a.status);
    if (a.entity) details.push(a.entity.name ?? names.get(a.entity.id) ?? a.entity.id);
    if (a.quote?.speaker) details.push(`said by ${names.get(a.quote.speaker) ?? a.quote.speaker}`);
    if (a.note) details.push(`note: ${shorten(a.note, 40)}`);
    if (orphan) details.unshift('orphan');
    else if (r.anchor === 'fuzzy') details.push('moved (approximate)');
    const icon: NodeIcon = orphan ? 'orphan' : a.type === 'note' ? 'note' : a.status === 'confirmed' ? 'confirmed' : a.status === 'rejected' ? 'rejected' : 'detected';
    const span = r.span ?? r.stored;
    return {
      id: `annotation:${file}:${a.id}`,
      label: shorten(a.target.exact, 60) || '(empty)',
      description: details.join(' · '),
      tooltip: [
        a.target.exact,
        `id: ${a.id}`,
        ...details,
        ...(orphan ? [`orphan: its text is no longer in the source (last known at ${r.stored.start}-${r.stored.end}); select the new text and run "Re-attach Orphan at Selection"`] : []),
        ...(a.tags?.length ? [`tags: ${a.tags.join(', ')}`] : []),
        ...(a.author ? [`by ${a.author}`] : []),
        ...(a.created ? [`created ${a.created}`] : []),
      ].join('\n'),
      icon,
      contextValue: orphan ? 'orphan' : `annotation-${a.type}`,
      reveal: { file, start: span.start, end: span.end },
      data: { file, id: a.id },
    };
  });
}
