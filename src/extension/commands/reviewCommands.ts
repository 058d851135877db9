/**
 * Review commands on the item at the cursor (or a view item): confirm, reject, set the speaker,
 * add to / remove from a quote group, remove an annotation, re-attach an orphan, open the sidecar.
 */
import * as vscode from 'vscode';
import type { AnnotationStatus, Sidecar } from '../../core/annotations/index';
import { engine } from '../engine';
import { itemAt, type CursorItem, type ItemKind } from '../annotations/resolve';
import { sidecarUriOf, type SidecarStore } from '../annotations/sidecarStore';
import { atomicWrite } from '../annotations/fileWriter';
import type { ItemPatch } from '../annotations/upsert';
import type { Services } from '../services';
import { CommandId } from './commandIds';
import { activeArticle, argumentsOf, reporting } from './editorContext';
import { pick, pickQuoteGroup, pickSpeaker } from './pickers';

/** An annotation by file and id (view items carry these). */
interface AnnotationRef {
  file: string;
  id: string;
}

interface ReattachArgs extends AnnotationRef {
  /** Code points; the active editor's selection when absent. */
  start?: number;
  end?: number;
}

export function registerReviewCommands(services: Services, store: SidecarStore): vscode.Disposable[] {
  const review = (kind: ItemKind | undefined, patch: (item: CursorItem) => Promise<ItemPatch | undefined>) =>
    reporting(async (): Promise<string | undefined> => {
      const article = await activeArticle(services);
      if (!article) return undefined;
      const state = store.peek(article.file) ?? (await store.load(article.file));
      const item = itemAt(state?.annotations ?? [], services.workspace.source(article.file), article.start, kind);
      if (!item) {
        void vscode.window.showInformationMessage(kind ? vscode.l10n.t('Newslens: no detected {0} at the cursor.', kind) : vscode.l10n.t('Newslens: no detected entity or quote at the cursor.'));
        return undefined;
      }
      const change = await patch(item);
      if (!change) return undefined;
      const names = new Map(services.workspace.result().entities.map((e) => [e.id, e.name]));
      return store.modify(article.file, ({ sidecar, source }) => engine().upsertItem(sidecar, source, item, change, names));
    });
  const setStatus = (status: AnnotationStatus) => async (): Promise<ItemPatch> => ({ status });

  return [
    vscode.commands.registerCommand(CommandId.Confirm, (arg?: unknown) => (isRef(arg) ? setStoredStatus(store, arg, 'confirmed') : review(undefined, setStatus('confirmed'))())),
    vscode.commands.registerCommand(CommandId.Reject, (arg?: unknown) => (isRef(arg) ? setStoredStatus(store, arg, 'rejected') : review(undefined, setStatus('rejected'))())),
    vscode.commands.registerCommand(CommandId.SetSpeaker, (args?: { speaker?: string | null }) =>
      review('quote', async () => {
        const speaker = args && 'speaker' in args ? args.speaker : await pickSpeaker(services.workspace.result());
        return speaker === undefined ? undefined : { status: 'confirmed', quote: { speaker: speaker ?? undefined } };
      })(),
    ),
    vscode.commands.registerCommand(CommandId.AddToQuoteGroup, (args?: { group?: string }) =>
      review('quote', async (item) => {
        const group = args?.group ?? (await pickQuoteGroup(services.workspace.result(), item.annotation?.quote?.group ?? item.quote?.group));
        return group === undefined ? undefined : { status: 'confirmed', quote: { group } };
      })(),
    ),
    vscode.commands.registerCommand(CommandId.RemoveFromQuoteGroup, () => review('quote', async () => ({ status: 'confirmed', quote: { group: undefined } }))()),
    vscode.commands.registerCommand(CommandId.RemoveAnnotation, reporting((arg?: unknown) => removeStored(services, store, arg))),
    vscode.commands.registerCommand(CommandId.ReattachOrphan, reporting((arg?: unknown) => reattach(services, store, argumentsOf<ReattachArgs>(arg)))),
    vscode.commands.registerCommand(CommandId.OpenAnnotations, reporting((arg?: unknown) => openSidecar(services, store, argumentsOf<{ file: string }>(arg).file))),
  ];
}

function isRef(arg: unknown): arg is AnnotationRef {
  const data = argumentsOf<AnnotationRef>(arg);
  return typeof data.file === 'string' && typeof data.id === 'string';
}

async function setStoredStatus(store: SidecarStore, arg: unknown, status: AnnotationStatus): Promise<string | undefined> {
  const { file, id } = argumentsOf<AnnotationRef>(arg) as AnnotationRef;
  return reporting(() => store.modify(file, ({ sidecar }) => (setStatusById(sidecar, id, status), id)))();
}

function setStatusById(sidecar: Sidecar, id: string, status: AnnotationStatus): void {
  const found = sidecar.annotations.find((a) => a.id === id);
  if (!found) throw new Error(`no annotation ${id} in this sidecar`);
  // Notes have no review status; the others do.
  if (found.type === 'note') throw new Error('notes are not confirmed or rejected; edit or remove them instead');
  engine().updateStatus(sidecar, id, status);
}

/** Removes the annotation given (view item) or the one at the cursor (innermost). */
async function removeStored(services: Services, store: SidecarStore, arg: unknown): Promise<boolean> {
  let ref = argumentsOf<AnnotationRef>(arg);
  if (typeof ref.file !== 'string' || typeof ref.id !== 'string') {
    const article = await activeArticle(services);
    if (!article) return false;
    const state = store.peek(article.file) ?? (await store.load(article.file));
    const here = (state?.annotations ?? []).filter((r) => r.span && r.span.start <= article.start && article.start <= r.span.end);
    here.sort((a, b) => a.span!.end - a.span!.start - (b.span!.end - b.span!.start));
    const chosen =
      here.length <= 1
        ? here[0]
        : await pick(here.map((r) => ({ label: r.annotation.target.exact, description: `${r.annotation.type} · ${r.annotation.status ?? ''}`, value: r })), vscode.l10n.t('Remove which annotation?'));
    if (!chosen) {
      if (here.length === 0) void vscode.window.showInformationMessage(vscode.l10n.t('Newslens: no annotation at the cursor.'));
      return false;
    }
    ref = { file: article.file, id: chosen.annotation.id };
  }
  const { file, id } = ref as AnnotationRef;
  return store.modify(file, ({ sidecar }) => engine().removeAnnotation(sidecar, id));
}

/** Moves an orphan's target onto the selection (or the given span). */
async function reattach(services: Services, store: SidecarStore, args: Partial<ReattachArgs>): Promise<boolean> {
  let { file, id, start, end } = args;
  if (start === undefined || end === undefined) {
    const article = await activeArticle(services);
    if (!article) return false;
    if (file !== undefined && file !== article.file) throw new Error(`the orphan belongs to ${file}; select its new text there`);
    file = article.file;
    ({ start, end } = article);
  }
  if (start === end) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Newslens: select the text the orphaned annotation belongs to, then re-attach it.'));
    return false;
  }
  const state = store.peek(file!) ?? (await store.load(file!));
  const orphans = (state?.annotations ?? []).filter((r) => r.span === null);
  if (id === undefined) {
    const chosen = orphans.length === 1 ? orphans[0] : await pick(orphans.map((r) => ({ label: r.annotation.target.exact, description: r.annotation.type, value: r })), vscode.l10n.t('Re-attach which orphaned annotation?'));
    if (!chosen) {
      if (orphans.length === 0) void vscode.window.showInformationMessage(vscode.l10n.t('Newslens: this article has no orphaned annotations.'));
      return false;
    }
    id = chosen.annotation.id;
  }
  const [from, to] = [start, end] as [number, number];
  return store.modify(file!, ({ sidecar, source }) => {
    const orphan = engine().resolveAnnotations(sidecar, source).find((r) => r.annotation.id === id);
    if (!orphan) throw new Error(`no annotation ${id} in this sidecar`);
    return engine().setTarget(sidecar, id!, engine().buildTarget(source, from, to));
  });
}

/** Opens the sidecar of the given or active source, creating an empty one when there is none. */
async function openSidecar(services: Services, store: SidecarStore, file: string | undefined): Promise<void> {
  if (file === undefined) {
    const article = await activeArticle(services);
    if (!article) return;
    file = article.file;
  }
  const sourceUri = services.workspace.uriOf(file);
  if (!sourceUri) return;
  const sidecarUri = sidecarUriOf(sourceUri);
  const state = await store.load(file);
  if (state && !state.exists) await atomicWrite(sidecarUri, engine().serializeSidecar(engine().createSidecar(sourceUri.path.slice(sourceUri.path.lastIndexOf('/') + 1), state.source.hash)));
  await vscode.window.showTextDocument(sidecarUri, { viewColumn: vscode.ViewColumn.Beside });
}
