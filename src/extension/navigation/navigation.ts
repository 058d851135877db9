/** Go to Definition / Find All References on entities and quotes, across sources; and the reveal command hover links use. */
import * as vscode from 'vscode';
import type { Services } from '../services';
import { parseRevealArgs, REVEAL_COMMAND } from '../hovers/markdown';
import { ARTICLE_SELECTOR, articleAt, locationOf, locationsOf, positionsOf } from './locations';
import { entityDefinition, entityMentions, itemsAt, quoteDefinition, quoteVersions, type FileSpan } from './lookup';

export function registerNavigation(services: Services): void {
  const { workspace } = services;

  const definitionProvider: vscode.DefinitionProvider = {
    async provideDefinition(document, position) {
      const article = articleAt(workspace, document);
      if (!article) return undefined;
      const { mention, quote } = itemsAt(workspace.source(article.file)!, article.positions.codePointAt(position));
      const result = workspace.result();
      let target: FileSpan | undefined;
      if (mention) target = entityDefinition(result, mention.entity, article.file);
      else if (quote) target = quoteDefinition(result, article.file, quote);
      return target ? locationOf(workspace, target) : undefined;
    },
  };

  const referenceProvider: vscode.ReferenceProvider = {
    async provideReferences(document, position, context) {
      const article = articleAt(workspace, document);
      if (!article) return undefined;
      const { mention, quote } = itemsAt(workspace.source(article.file)!, article.positions.codePointAt(position));
      const result = workspace.result();
      let spans: FileSpan[] = [];
      if (mention) spans = entityMentions(result, mention.entity);
      else if (quote) spans = quoteVersions(result, article.file, quote);
      if (!context.includeDeclaration) {
        const here = mention ?? quote!;
        spans = spans.filter((s) => !(s.file === article.file && s.start === here.start && s.end === here.end));
      }
      return locationsOf(workspace, spans);
    },
  };

  services.context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(ARTICLE_SELECTOR, definitionProvider),
    vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, referenceProvider),
    vscode.commands.registerCommand(REVEAL_COMMAND, async (...args: unknown[]) => {
      const span = parseRevealArgs(args);
      const uri = span && workspace.uriOf(span.file);
      if (!span || !uri) return;
      const document = await vscode.workspace.openTextDocument(uri);
      const range = positionsOf(document).range(span);
      await vscode.window.showTextDocument(document, { selection: range, preview: true });
    }),
  );
}
