/** Hovers on entities and quotes. Markdown comes from ./markdown (escaped); only the reveal command may run from it. */
import * as vscode from 'vscode';
import type { Services } from '../services';
import { articleAt } from '../navigation/locations';
import { itemsAt } from '../navigation/lookup';
import { ARTICLE_SELECTOR } from '../navigation/locations';
import { entityHoverMarkdown, quoteHoverMarkdown, REVEAL_COMMAND } from './markdown';

export function registerHovers(services: Services): void {
  const { workspace } = services;
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      const article = articleAt(workspace, document);
      if (!article) return undefined;
      const source = workspace.source(article.file)!;
      const { mention, quote } = itemsAt(source, article.positions.codePointAt(position));
      if (!mention && !quote) return undefined;
      const result = workspace.result();
      const contents: vscode.MarkdownString[] = [];
      if (mention) contents.push(trustedForReveal(entityHoverMarkdown(result, mention, article.file, vscode.l10n)));
      if (quote) contents.push(trustedForReveal(quoteHoverMarkdown(result, quote, article.file, vscode.l10n)));
      const span = mention ?? quote!;
      return new vscode.Hover(contents, article.positions.range(span));
    },
  };
  services.context.subscriptions.push(vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, provider));
}

/** Escaped markdown whose only runnable links are to the reveal command; no HTML, no theme icons. */
function trustedForReveal(markdown: string): vscode.MarkdownString {
  const string = new vscode.MarkdownString(markdown, false);
  string.isTrusted = { enabledCommands: [REVEAL_COMMAND] };
  string.supportHtml = false;
  return string;
}
