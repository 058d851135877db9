/** Annotate Selection: as an entity, a quote or a note, written to the source's sidecar. */
import * as vscode from 'vscode';
import { systemIdSource } from '../../core/annotations/ids';
import { engine } from '../engine';
import type { EntityType, QuoteKind } from '../../core/model';
import type { SidecarStore } from '../annotations/sidecarStore';
import type { Services } from '../services';
import { CommandId } from './commandIds';
import { activeArticle, reporting } from './editorContext';
import { pick, pickCanonicalEntity, pickEntityType, pickSpeaker } from './pickers';

/** Arguments that skip the quick picks (tests, keybindings with args). */
export interface AnnotateArgs {
  as?: 'entity' | 'quote' | 'note';
  type?: EntityType;
  /** Entity id, or a name for a new entity. */
  entity?: string;
  /** Speaker entity id; null for unknown. */
  speaker?: string | null;
  kind?: QuoteKind;
  note?: string;
}

export function registerAnnotateCommands(services: Services, store: SidecarStore): vscode.Disposable[] {
  return [vscode.commands.registerCommand(CommandId.AnnotateSelection, reporting((args?: AnnotateArgs) => annotateSelection(services, store, args ?? {})))];
}

/** Returns the new (or updated) annotation's id; undefined when cancelled. */
async function annotateSelection(services: Services, store: SidecarStore, args: AnnotateArgs): Promise<string | undefined> {
  const article = await activeArticle(services);
  if (!article) return undefined;
  const { file, start, end, editor } = article;
  if (start === end) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Newslens: select the text to annotate first.'));
    return undefined;
  }
  const selected = editor.document.getText(editor.selection);
  const as =
    args.as ??
    (await pick(
      [
        { label: `$(symbol-class) ${vscode.l10n.t('Entity')}`, description: vscode.l10n.t('a person, organization, place or date'), value: 'entity' as const },
        { label: `$(quote) ${vscode.l10n.t('Quote')}`, description: vscode.l10n.t('words someone said'), value: 'quote' as const },
        { label: `$(note) ${vscode.l10n.t('Note')}`, description: vscode.l10n.t('a comment on this passage'), value: 'note' as const },
      ],
      'Annotate the selection as…',
    ));
  if (!as) return undefined;
  const result = services.workspace.result();
  const names = new Map(result.entities.map((e) => [e.id, e.name]));

  if (as === 'note') {
    const note = args.note ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Note on the selection'), prompt: vscode.l10n.t('What should readers of this passage know?') }));
    if (note === undefined) return undefined;
    return store.modify(file, ({ sidecar, source }) => engine().addAnnotation(sidecar, { type: 'note', note, target: engine().buildTarget(source, start, end) }, systemIdSource).id);
  }

  if (as === 'entity') {
    // The engine's mention under the selection suggests the type and the entity.
    const mentions = result.sources.find((s) => s.file === file)?.entities ?? [];
    const detected = mentions.find((m) => m.start === start && m.end === end) ?? mentions.find((m) => m.start < end && m.end > start);
    const type = args.type ?? (await pickEntityType(detected?.type));
    if (!type) return undefined;
    const chosen = args.entity
      ? { id: names.has(args.entity) ? args.entity : engine().entityIdFor(type, args.entity), name: names.get(args.entity) ?? args.entity }
      : await pickCanonicalEntity(result, type, selected, engine().entityIdFor, detected?.type === type ? detected.entity : undefined);
    if (!chosen) return undefined;
    return store.modify(file, ({ sidecar, source }) =>
      engine().upsertItem(sidecar, source, { kind: 'entity', start, end }, { status: 'confirmed', entity: { type, id: chosen.id, name: chosen.name } }),
    );
  }

  const speaker = args.speaker !== undefined ? args.speaker : await pickSpeaker(result);
  if (speaker === undefined) return undefined;
  const detected = result.sources.find((s) => s.file === file)?.quotes.find((q) => q.start === start && q.end === end);
  return store.modify(file, ({ sidecar, source }) =>
    engine().upsertItem(sidecar, source, { kind: 'quote', start, end }, { status: 'confirmed', quote: { kind: args.kind ?? detected?.kind ?? 'direct', speaker: speaker ?? undefined } }),
  );
}
