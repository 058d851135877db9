/**
 * Problems view entries: a sidecar that does not parse (on the sidecar, with line and column)
 * and orphaned annotations (on the source, at their last known position), plus the quick fix
 * that re-attaches an orphan to the selected text.
 */
import * as vscode from 'vscode';
import type { SidecarStore } from '../annotations/sidecarStore';
import { CommandId } from '../commands/commandIds';
import { DocumentPositions } from '../positions';
import type { Services } from '../services';
import { issueDiagnostics, orphanDiagnostics, ORPHAN_CODE, type PlainDiagnostic } from './orphanDiagnostics';

export function registerDiagnostics(services: Services, store: SidecarStore): void {
  const collection = vscode.languages.createDiagnosticCollection('newslens');
  /** Source file -> the URIs its diagnostics were put on, so a reload clears them. */
  const owned = new Map<string, vscode.Uri[]>();
  /** Source file -> annotation id -> its orphan diagnostic. */
  const orphansByFile = new Map<string, Map<string, vscode.Diagnostic>>();

  const update = (file: string): void => {
    for (const uri of owned.get(file) ?? []) collection.delete(uri);
    owned.delete(file);
    orphansByFile.delete(file);
    const state = store.peek(file);
    if (!state) return;
    collection.set(state.sidecarUri, issueDiagnostics(state.issues).map(toDiagnostic));
    const orphans = new Map<string, vscode.Diagnostic>();
    for (const plain of orphanDiagnostics(state.annotations, state.source)) {
      const line = state.annotations.find((a) => a.annotation.id === plain.annotationId)?.line ?? 0;
      orphans.set(plain.annotationId!, withRelated(toDiagnostic(plain), state.sidecarUri, line));
    }
    collection.set(state.sourceUri, [...orphans.values()]);
    orphansByFile.set(file, orphans);
    owned.set(file, [state.sidecarUri, state.sourceUri]);
  };

  const quickFixes: vscode.CodeActionProvider = {
    provideCodeActions(document, range, context): vscode.CodeAction[] {
      const file = services.workspace.fileOf(document.uri);
      const state = file !== undefined ? store.peek(file) : undefined;
      if (!state || file === undefined) return [];
      const positions = new DocumentPositions(document);
      const start = positions.codePointAt(range.start);
      const end = positions.codePointAt(range.end);
      const actions: vscode.CodeAction[] = [];
      for (const orphan of state.annotations.filter((a) => a.span === null)) {
        const diagnostic = orphansByFile.get(file)?.get(orphan.annotation.id);
        const onIt = context.diagnostics.some((d) => d.code === ORPHAN_CODE && diagnostic && d.range.isEqual(diagnostic.range) && d.message === diagnostic.message);
        // Offered on the orphan's diagnostic, and wherever text is selected (the new place).
        if (!onIt && start === end) continue;
        const label = orphan.annotation.target.exact.replace(/\s+/g, ' ').slice(0, 40);
        const action = new vscode.CodeAction(start === end ? `Re-attach “${label}” to the selected text (select it first)` : `Re-attach orphaned “${label}” to the selection`, vscode.CodeActionKind.QuickFix);
        action.command = { command: CommandId.ReattachOrphan, title: vscode.l10n.t('Re-attach orphan'), arguments: [start === end ? { file, id: orphan.annotation.id } : { file, id: orphan.annotation.id, start, end }] };
        if (diagnostic) action.diagnostics = [diagnostic];
        action.isPreferred = start !== end;
        actions.push(action);
      }
      return actions;
    },
  };

  services.context.subscriptions.push(
    collection,
    store.onDidChange((files) => files.forEach(update)),
    store.onDidChangeLoose((uri) => {
      const loose = store.looseSidecar(uri);
      if (loose) collection.set(uri, issueDiagnostics(loose.issues).map(toDiagnostic));
      else if (!store.all().some((s) => s.sidecarUri.toString() === uri.toString())) collection.delete(uri);
    }),
    vscode.languages.registerCodeActionsProvider(['file', 'vscode-remote', 'vscode-vfs'].map((scheme) => ({ scheme })), quickFixes, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
  for (const state of store.all()) update(state.file);
}

function toDiagnostic(plain: PlainDiagnostic): vscode.Diagnostic {
  const range = new vscode.Range(plain.start.line, plain.start.character, plain.end.line, plain.end.character);
  const diagnostic = new vscode.Diagnostic(range, plain.message, plain.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  diagnostic.source = 'newslens';
  diagnostic.code = plain.code;
  return diagnostic;
}

function withRelated(diagnostic: vscode.Diagnostic, sidecarUri: vscode.Uri, line: number): vscode.Diagnostic {
  diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(sidecarUri, new vscode.Position(Math.max(0, line - 1), 0)), 'the annotation in its sidecar')];
  return diagnostic;
}
