/**
 * Compare Quote Versions: two versions of a quote group side by side in a diff editor, each a
 * read-only virtual document (`newslens-quote:/<file>?<start>-<end>`) holding the quote's text.
 */
import * as vscode from 'vscode';
import type { QuoteVariant } from '../../core/model';
import { itemAt } from '../annotations/resolve';
import type { SidecarStore } from '../annotations/sidecarStore';
import { baseName, shorten } from '../panel/nodes';
import type { Services } from '../services';
import { CommandId } from './commandIds';
import { activeArticle, argumentsOf, reporting } from './editorContext';
import { pick } from './pickers';
import { quoteDocumentText } from './quoteDocument';

export const QUOTE_SCHEME = 'newslens-quote';

interface CompareArgs {
  group: string;
  /** A version to compare (from a version item); the other is picked, or the longest. */
  file?: string;
  start?: number;
  /** Both versions given: no picks. */
  other?: { file: string; start: number };
}

export function quoteUri(v: Pick<QuoteVariant, 'file' | 'start' | 'end'>): vscode.Uri {
  return vscode.Uri.from({ scheme: QUOTE_SCHEME, path: `/${v.file}`, query: `${v.start}-${v.end}` });
}

export function registerQuoteComparison(services: Services, store: SidecarStore): vscode.Disposable[] {
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent(uri: vscode.Uri): string {
      const file = uri.path.slice(1);
      const [start, end] = uri.query.split('-').map(Number) as [number, number];
      const variant = services.workspace.result().quoteGroups.flatMap((g) => g.variants).find((v) => v.file === file && v.start === start && v.end === end);
      const source = store.peek(file)?.source;
      const text = variant?.text ?? (source ? source.text.slice(source.offsets.toUtf16(start), source.offsets.toUtf16(end)) : '');
      return quoteDocumentText(text);
    },
  };

  const compare = async (arg?: unknown): Promise<boolean> => {
    const args = argumentsOf<CompareArgs>(arg);
    let groupId = args.group;
    let first = args.file !== undefined ? { file: args.file, start: args.start } : undefined;
    if (!groupId) {
      const article = await activeArticle(services);
      if (!article) return false;
      const item = itemAt([], services.workspace.source(article.file), article.start, 'quote');
      groupId = item?.quote?.group ?? undefined;
      first = item ? { file: article.file, start: item.start } : undefined;
      if (!groupId) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Newslens: the cursor is not on a quote that other sources also carry.'));
        return false;
      }
    }
    const group = services.workspace.result().quoteGroups.find((g) => g.id === groupId);
    if (!group || group.variants.length < 2) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Newslens: this quote has only one version.'));
      return false;
    }
    const find = (ref: { file: string; start?: number } | undefined): QuoteVariant | undefined => (ref ? group.variants.find((v) => v.file === ref.file && (ref.start === undefined || v.start === ref.start)) : undefined);
    const left = find(first) ?? (await pickVersion(group.variants, 'Compare which version…'));
    if (!left) return false;
    const rest = group.variants.filter((v) => v !== left);
    const right = find(args.other) ?? (rest.length === 1 ? rest[0] : first ? rest.find((v) => v.relation === 'longest') ?? (await pickVersion(rest, '…with which version?')) : await pickVersion(rest, '…with which version?'));
    if (!right) return false;
    await vscode.commands.executeCommand('vscode.diff', quoteUri(left), quoteUri(right), `${baseName(left.file)} ↔ ${baseName(right.file)}: “${shorten(left.text, 30)}”`, { preview: true });
    return true;
  };

  return [vscode.workspace.registerTextDocumentContentProvider(QUOTE_SCHEME, provider), vscode.commands.registerCommand(CommandId.CompareQuoteVersions, reporting(compare))];
}

function pickVersion(variants: readonly QuoteVariant[], title: string): Promise<QuoteVariant | undefined> {
  return pick(
    variants.map((v) => ({ label: baseName(v.file), description: v.relation, detail: shorten(v.text, 120), value: v })),
    title,
  );
}
