/**
 * Re-anchors every annotation of a sidecar against the current source text: what
 * `newslens check` reports and what the editor can show as diagnostics. `fixMovedAnchors`
 * rewrites the moved ones; orphans are never touched.
 */
import { buildTarget, prepareText, reanchor, type AnchorStatus, type PreparedText } from './anchor';
import { setSourceHash, setTarget } from './edit';
import { assertWritable, type Sidecar } from './sidecar';

export interface AnchorReport {
  id: string;
  status: AnchorStatus;
  /** True when the annotation's span or text changed (always false for orphans). */
  moved: boolean;
  score: number;
  /** The stored span, and the span found now (absent for orphans); code points. */
  from: { start: number; end: number };
  to?: { start: number; end: number };
  exact: string;
  /** Where the annotation is in the sidecar text (1-based; 0 when unknown). */
  line: number;
  column: number;
}

export interface SidecarCheck {
  anchors: AnchorReport[];
  moved: number;
  orphans: number;
  /** The header names a different source file than the one checked against. */
  sourceMismatch: boolean;
}

export function checkSidecar(sidecar: Sidecar, source: PreparedText | string, sourceFileName?: string): SidecarCheck {
  const prepared = typeof source === 'string' ? prepareText(source) : source;
  const storedHash = sidecar.header?.hash;
  const anchors = sidecar.annotations.map((annotation): AnchorReport => {
    const result = reanchor(annotation.target, prepared, storedHash);
    const position = sidecar.positions.get(annotation.id) ?? { line: 0, column: 0 };
    return {
      id: annotation.id,
      status: result.status,
      moved: result.moved,
      score: result.score,
      from: { start: annotation.target.start, end: annotation.target.end },
      ...(result.status === 'orphan' ? {} : { to: { start: result.start!, end: result.end! } }),
      exact: annotation.target.exact,
      ...position,
    };
  });
  return {
    anchors,
    moved: anchors.filter((a) => a.moved).length,
    orphans: anchors.filter((a) => a.status === 'orphan').length,
    sourceMismatch: sourceFileName !== undefined && sidecar.header !== null && sidecar.header.file !== sourceFileName,
  };
}

/**
 * Rewrites the selectors of moved annotations to where they are now (quote, context and
 * position) and records the current source hash. Returns how many were rewritten.
 */
export function fixMovedAnchors(sidecar: Sidecar, check: SidecarCheck, source: PreparedText | string): number {
  assertWritable(sidecar);
  const prepared = typeof source === 'string' ? prepareText(source) : source;
  let fixed = 0;
  for (const anchor of check.anchors) {
    if (!anchor.moved || !anchor.to) continue;
    if (setTarget(sidecar, anchor.id, buildTarget(prepared, anchor.to.start, anchor.to.end))) fixed++;
  }
  // Only when every anchor holds in this text may the hash say "positions fit this text".
  if (check.orphans === 0) setSourceHash(sidecar, prepared.hash);
  return fixed;
}
