/** Save Detected Annotations: the engine's entities and quotes as `detected` annotations, merged into sidecars. */
import * as vscode from 'vscode';
import type { MergeSummary } from '../../core/annotations/index';
import { systemIdSource } from '../../core/annotations/ids';
import { engine } from '../engine';
import { reportFits } from '../annotations/resolve';
import type { SidecarStore } from '../annotations/sidecarStore';
import type { Services } from '../services';
import { CommandId } from './commandIds';
import { activeArticle, argumentsOf, reporting } from './editorContext';

export interface SaveAllSummary extends MergeSummary {
  sources: number;
  /** Sources not written: a sidecar with errors, or text still being analysed. */
  failed: string[];
  cancelled: boolean;
}

export function registerSaveCommands(services: Services, store: SidecarStore): vscode.Disposable[] {
  const saveOne = async (arg?: unknown): Promise<MergeSummary | undefined> => {
    let file = argumentsOf<{ file: string }>(arg).file;
    if (file === undefined) file = (await activeArticle(services))?.file;
    if (file === undefined) return undefined;
    const summary = await saveDetected(services, store, file);
    void vscode.window.setStatusBarMessage(`Newslens: ${describe(summary)} in ${file}`, 5000);
    return summary;
  };

  const saveAll = async (arg?: unknown): Promise<SaveAllSummary> => {
    const only = argumentsOf<{ files: string[] }>(arg).files;
    const files = only ?? services.workspace.result().sources.map((s) => s.file);
    const total: SaveAllSummary = { added: 0, updated: 0, unchanged: 0, kept: 0, sources: 0, failed: [], cancelled: false };
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Newslens: saving detected annotations'), cancellable: true },
      async (progress, token) => {
        for (const file of files) {
          if (token.isCancellationRequested) {
            total.cancelled = true;
            break;
          }
          progress.report({ message: file, increment: 100 / files.length });
          try {
            const summary = await saveDetected(services, store, file);
            for (const key of ['added', 'updated', 'unchanged', 'kept'] as const) total[key] += summary[key];
            total.sources++;
          } catch (error) {
            total.failed.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      },
    );
    const message = total.cancelled
      ? vscode.l10n.t('Newslens: {0} in {1} source(s) (cancelled)', describe(total), total.sources)
      : vscode.l10n.t('Newslens: {0} in {1} source(s)', describe(total), total.sources);
    if (total.failed.length > 0) void vscode.window.showWarningMessage(vscode.l10n.t('{0}; not written: {1}', message, total.failed.join('; ')));
    else void vscode.window.showInformationMessage(message);
    return total;
  };

  return [vscode.commands.registerCommand(CommandId.SaveDetected, reporting(saveOne)), vscode.commands.registerCommand(CommandId.SaveDetectedAll, reporting(saveAll))];
}

async function saveDetected(services: Services, store: SidecarStore, file: string): Promise<MergeSummary> {
  const report = services.workspace.source(file);
  if (!report) throw new Error(`${file} is not analysed (yet)`);
  const names = new Map(services.workspace.result().entities.map((e) => [e.id, e.name]));
  return store.modify(file, ({ sidecar, source }) => {
    if (!reportFits(report, source)) throw new Error(`${file} changed since it was analysed; try again in a moment`);
    return engine().mergeDetected(sidecar, report, source, { ids: systemIdSource, entityNames: names });
  });
}

function describe(s: MergeSummary): string {
  return `${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.kept} reviewed kept`;
}
