/** Diagnostics as plain data (pure): sidecar errors on the sidecar, orphans on the source at their last known place. */
import type { ResolvedAnnotation } from '../annotations/resolve';
import type { SidecarIssue } from '../../core/annotations/index';
import { lineStarts, utf16ToLineColumn, type LineColumn } from '../../core/text/offsets';
import type { PreparedText } from '../../core/annotations/index';

export const ORPHAN_CODE = 'orphan';

export interface PlainDiagnostic {
  start: LineColumn;
  end: LineColumn;
  message: string;
  severity: 'error' | 'warning';
  code: string;
  /** The orphan's annotation id. */
  annotationId?: string;
}

/** Sidecar problems: line/column are 1-based in the issue, 0-based here; the range is one character. */
export function issueDiagnostics(issues: readonly SidecarIssue[]): PlainDiagnostic[] {
  return issues.map((issue) => {
    const start = { line: Math.max(0, issue.line - 1), character: Math.max(0, issue.column - 1) };
    return { start, end: { line: start.line, character: start.character + 1 }, message: issue.message, severity: issue.severity, code: issue.severity === 'error' ? 'sidecar-error' : 'sidecar-warning' };
  });
}

/**
 * Orphans at their stored span, clamped to the text. Lines and UTF-16 columns of the normalized
 * text equal the editor's (CRLF only adds a character after each line's end; VS Code drops a BOM).
 */
export function orphanDiagnostics(annotations: readonly ResolvedAnnotation[], source: PreparedText): PlainDiagnostic[] {
  const orphans = annotations.filter((r) => r.span === null);
  if (orphans.length === 0) return [];
  const starts = lineStarts(source.text);
  const length = source.offsets.toCodePoint(source.text.length);
  const at = (codePoint: number): LineColumn => utf16ToLineColumn(starts, source.offsets.toUtf16(Math.min(Math.max(0, codePoint), length)));
  return orphans.map((r) => {
    const a = r.annotation;
    const what = a.type === 'entity' ? `entity${a.entity?.name ? ` “${a.entity.name}”` : ''}` : a.type === 'quote' ? 'quote' : a.type;
    return {
      start: at(r.stored.start),
      end: at(r.stored.end),
      message: `Orphaned ${what} annotation: “${shortText(a.target.exact)}” is no longer in the article. Select its new text and use the quick fix “Re-attach”, or remove it.`,
      severity: 'warning',
      code: ORPHAN_CODE,
      annotationId: a.id,
    };
  });
}

function shortText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
