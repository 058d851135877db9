/**
 * The editor edge: core spans are code points over the normalized text (LF, no BOM);
 * VS Code positions are UTF-16 over the document as it is (which may use CRLF).
 * Every conversion between the two lives here.
 */
import * as vscode from 'vscode';
import { textFingerprint } from '../core/text/fingerprint';
import { normalizeText } from '../core/text/normalize';
import { OffsetMap } from '../core/text/offsets';
import type { Span } from '../core/model';

export class DocumentPositions {
  private readonly offsets: OffsetMap;
  /** UTF-16 offsets in the document where a CR was dropped by normalization (CRLF). */
  private readonly droppedCr: number[];
  readonly normalizedText: string;
  private fingerprintMemo: string | undefined;

  constructor(private readonly document: vscode.TextDocument) {
    const raw = document.getText();
    this.normalizedText = normalizeText(raw);
    this.offsets = new OffsetMap(this.normalizedText);
    this.droppedCr = [];
    // VS Code strips a BOM itself; CRLF documents keep their CRs in getText().
    if (document.eol === vscode.EndOfLine.CRLF) {
      for (let i = raw.indexOf('\r\n'); i !== -1; i = raw.indexOf('\r\n', i + 2)) this.droppedCr.push(i);
    }
  }

  /** The normalized text's fingerprint (see textFingerprint), made once. */
  get fingerprint(): string {
    return (this.fingerprintMemo ??= textFingerprint(this.normalizedText));
  }

  /** Range in the document of a core span. */
  range(span: Span): vscode.Range {
    return new vscode.Range(this.position(span.start), this.position(span.end));
  }

  position(codePoint: number): vscode.Position {
    return this.document.positionAt(this.toDocumentOffset(this.offsets.toUtf16(codePoint)));
  }

  /** Code point offset (core) of a document position. */
  codePointAt(position: vscode.Position): number {
    return this.offsets.toCodePoint(this.toNormalizedOffset(this.document.offsetAt(position)));
  }

  private toDocumentOffset(normalized: number): number {
    // The i-th dropped CR sits at normalized offset droppedCr[i] - i; each one before this point shifts it by one.
    return normalized + countWhile(this.droppedCr, (cr, i) => cr - i < normalized);
  }

  private toNormalizedOffset(documentOffset: number): number {
    return documentOffset - countWhile(this.droppedCr, (cr) => cr < documentOffset);
  }
}

/** Length of the prefix of a sorted array whose items satisfy a monotone predicate (binary search). */
function countWhile(sorted: readonly number[], holds: (value: number, index: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(sorted[mid]!, mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
