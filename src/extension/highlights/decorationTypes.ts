/** The decoration types: one per highlight kind and annotation status, created once, disposed with the extension. */
import * as vscode from 'vscode';
import { HIGHLIGHT_KINDS, STATUSES, type DecorationKey, type HighlightKind } from './plan';
import type { AnnotationStatus } from './status';

const BACKGROUND_COLORS: Record<HighlightKind, string> = {
  PERSON: 'newslens.personBackground',
  ORG: 'newslens.organizationBackground',
  PLACE: 'newslens.placeBackground',
  DATE: 'newslens.dateBackground',
  QUOTE: 'newslens.quoteBackground',
};

export interface DecorationTypes extends vscode.Disposable {
  readonly byKey: ReadonlyMap<DecorationKey, vscode.TextEditorDecorationType>;
  /** End-of-line speaker labels (text comes with each range). */
  readonly speaker: vscode.TextEditorDecorationType;
}

function style(kind: HighlightKind, status: AnnotationStatus): vscode.DecorationRenderOptions {
  const background = new vscode.ThemeColor(BACKGROUND_COLORS[kind]);
  // Typing at either end of a name must not grow its highlight.
  const common: vscode.DecorationRenderOptions = { rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed, borderRadius: '2px' };
  switch (status) {
    case 'detected':
      return { ...common, backgroundColor: background };
    case 'confirmed':
      return { ...common, backgroundColor: background, border: '1px solid', borderColor: new vscode.ThemeColor('newslens.confirmedBorder') };
    case 'rejected':
      return { ...common, textDecoration: 'line-through', opacity: '0.6' };
  }
}

export function createDecorationTypes(): DecorationTypes {
  const byKey = new Map<DecorationKey, vscode.TextEditorDecorationType>();
  for (const kind of HIGHLIGHT_KINDS) {
    for (const status of STATUSES) byKey.set(`${kind}:${status}`, vscode.window.createTextEditorDecorationType(style(kind, status)));
  }
  const speaker = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('newslens.speakerForeground'), fontStyle: 'italic', margin: '0 0 0 1.5em' },
  });
  return {
    byKey,
    speaker,
    dispose: () => {
      for (const type of byKey.values()) type.dispose();
      speaker.dispose();
    },
  };
}
