/** Speakers as inlay hints before their quotes (newslens.highlights.speaker = "inlay"). */
import * as vscode from 'vscode';
import type { Services } from '../services';
import { entityNames } from '../navigation/lookup';
import { ARTICLE_SELECTOR, articleAt } from '../navigation/locations';
import { kindEnabled } from './plan';
import { annotationStatus } from './status';

export function registerSpeakerHints(services: Services): void {
  const changed = new vscode.EventEmitter<void>();
  const { workspace } = services;
  const provider: vscode.InlayHintsProvider = {
    onDidChangeInlayHints: changed.event,
    provideInlayHints(document, range) {
      const settings = services.settings().highlights;
      if (settings.speaker !== 'inlay' || !kindEnabled('QUOTE', settings)) return [];
      const article = articleAt(workspace, document);
      if (!article) return [];
      const names = entityNames(workspace.result());
      const hints: vscode.InlayHint[] = [];
      for (const quote of workspace.source(article.file)!.quotes) {
        if (quote.speaker === null) continue;
        if (annotationStatus.statusAt(article.file, quote.start, quote.end, 'quote') === 'rejected') continue;
        const name = names.get(quote.speaker);
        // Before the opening mark (the span is the text between the marks).
        const position = article.positions.position(Math.max(0, quote.start - 1));
        if (name === undefined || !range.contains(position)) continue;
        const hint = new vscode.InlayHint(position, `${name}:`, vscode.InlayHintKind.Parameter);
        hint.paddingRight = true;
        hints.push(hint);
      }
      return hints;
    },
  };
  const statusSubscription = annotationStatus.onDidChange(() => changed.fire());
  services.context.subscriptions.push(
    changed,
    { dispose: () => statusSubscription.dispose() },
    vscode.languages.registerInlayHintsProvider(ARTICLE_SELECTOR, provider),
    workspace.onDidUpdate(() => changed.fire()),
    services.onDidChangeSettings(() => changed.fire()),
  );
}
