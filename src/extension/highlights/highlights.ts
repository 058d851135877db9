/**
 * Entity and quote highlights in article editors, from the index's result. Analysis runs in
 * the worker; drawing costs only span -> range conversions. Redrawn when the index updates
 * (it debounces typing), at once on editor switch, and when settings or annotation statuses change.
 */
import * as vscode from 'vscode';
import type { Services } from '../services';
import { entityNames } from '../navigation/lookup';
import { articleAt } from '../navigation/locations';
import { createDecorationTypes } from './decorationTypes';
import { labelsPerLine, planDecorations, type DecorationKey } from './plan';
import { registerSpeakerHints } from './speakerHints';
import { annotationStatus } from './status';

export const TOGGLE_HIGHLIGHTS_COMMAND = 'newslens.toggleHighlights';
/** Test hook: the ranges last drawn in the visible editor of a URI (see test/integration/suite/highlights.test.ts). */
export const DRAWN_HIGHLIGHTS_COMMAND = '_newslens.drawnHighlights';

type RangeTuple = [number, number, number, number];
export interface DrawnHighlights {
  /** Decoration key ("PERSON:detected") -> ranges as [startLine, startChar, endLine, endChar]. */
  ranges: Record<string, RangeTuple[]>;
  /** End-of-line speaker labels as [line, text]. */
  speakers: [number, string][];
  /** How many times this document was drawn (lets tests wait for a redraw). */
  draws: number;
  /** How long the last drawing took (plan, range conversions, setDecorations), in ms. */
  drawMs: number;
}

export function registerHighlights(services: Services): void {
  const types = createDecorationTypes();
  const drawn = new Map<string, DrawnHighlights>();
  const { workspace } = services;

  const draw = (editor: vscode.TextEditor): void => {
    const article = articleAt(workspace, editor.document);
    // Not an article, or its text changed since the last analysis: keep what is drawn (VS Code moves it with the edits).
    if (!article) return;
    const started = performance.now();
    const source = workspace.source(article.file)!;
    const settings = services.settings().highlights;
    const names = entityNames(workspace.result());
    const plan = planDecorations(source, settings, (start, end, kind) => annotationStatus.statusAt(article.file, start, end, kind), (id) => names.get(id));
    const record: DrawnHighlights = { ranges: {}, speakers: [], draws: (drawn.get(editor.document.uri.toString())?.draws ?? 0) + 1, drawMs: 0 };
    for (const [key, type] of types.byKey) {
      const ranges = (plan.spans.get(key as DecorationKey) ?? []).map((span) => article.positions.range(span));
      editor.setDecorations(type, ranges);
      if (ranges.length > 0) record.ranges[key] = ranges.map(toTuple);
    }
    const labels = settings.speaker === 'endOfLine' ? labelsPerLine(plan.speakers.map((s) => ({ line: article.positions.position(s.quote.end).line, label: s.label }))) : new Map<number, string>();
    editor.setDecorations(
      types.speaker,
      [...labels].map(([line, text]) => {
        const end = editor.document.lineAt(line).range.end;
        return { range: new vscode.Range(end, end), renderOptions: { after: { contentText: text } } };
      }),
    );
    record.speakers = [...labels];
    record.drawMs = performance.now() - started;
    drawn.set(editor.document.uri.toString(), record);
  };
  const drawVisible = (): void => vscode.window.visibleTextEditors.forEach(draw);

  const statusSubscription = annotationStatus.onDidChange(drawVisible);
  services.context.subscriptions.push(
    types,
    { dispose: () => statusSubscription.dispose() },
    workspace.onDidUpdate(drawVisible),
    services.onDidChangeSettings(drawVisible),
    vscode.window.onDidChangeVisibleTextEditors(drawVisible),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (!editor) return;
      draw(editor);
      // An edit still waiting for its debounce is analysed now; the update redraws.
      void workspace.refreshNow(editor.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => drawn.delete(document.uri.toString())),
    vscode.commands.registerCommand(TOGGLE_HIGHLIGHTS_COMMAND, toggleHighlights),
    vscode.commands.registerCommand(DRAWN_HIGHLIGHTS_COMMAND, (uri: string): DrawnHighlights | undefined => drawn.get(uri)),
  );
  registerSpeakerHints(services);
  drawVisible();
}

function toTuple(range: vscode.Range): RangeTuple {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

/** Flips newslens.highlights.enabled where it is set (folder, workspace, else user settings). */
async function toggleHighlights(): Promise<void> {
  const config = vscode.workspace.getConfiguration('newslens');
  const inspected = config.inspect<boolean>('highlights.enabled');
  const target =
    inspected?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await config.update('highlights.enabled', !config.get<boolean>('highlights.enabled', true), target);
}
