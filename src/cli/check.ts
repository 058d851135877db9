/**
 * `newslens check [folder] [--fix]`: validates every annotation sidecar under the folder,
 * re-anchors each annotation against its current source text, and reports problems as
 * `file:line:column: severity: message` (the format editors and CI annotators read).
 * Exit codes: 0 clean (moved anchors are warnings), 1 errors or orphans, 2 bad usage.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { prepareText } from '../core/annotations/anchor';
import { checkSidecar, fixMovedAnchors, type AnchorReport } from '../core/annotations/check';
import { isWritable, type Sidecar } from '../core/annotations/sidecar';
import { normalizeText } from '../core/text/normalize';
import { parseArgs, UsageError } from './args';
import { DEFAULT_MAX_BYTES, readSource } from '../node/readSource';
import { collectSidecars, DEFAULT_MAX_SIDECAR_BYTES, loadSidecar, resolveInWorkspace, saveSidecar, sourcePathFor } from './sidecarFiles';

interface Totals {
  sidecars: number;
  annotations: number;
  errors: number;
  warnings: number;
  moved: number;
  fixed: number;
  orphans: number;
}

export interface CheckOutput {
  /** One finding per line (stdout). */
  out(line: string): void;
  /** Usage errors and the summary (stderr). */
  err(line: string): void;
}

const processOutput: CheckOutput = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

export async function runCheck(argv: string[], io: CheckOutput = processOutput): Promise<number> {
  const out = (line: string): void => io.out(line);
  let args;
  try {
    args = parseArgs(argv, ['fix'], ['max-size']);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`newslens check: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (args.positional.length > 1) {
    io.err('newslens check: name one folder (default: the current folder)');
    return 2;
  }
  const folder = path.resolve(args.positional[0] ?? '.');
  if (!(await fs.stat(folder).catch(() => null))?.isDirectory()) {
    io.err(`newslens check: ${args.positional[0]} is not a folder`);
    return 2;
  }
  const maxBytes = args.values.has('max-size') ? Number(args.values.get('max-size')) : DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    io.err('newslens check: --max-size takes a positive number of bytes');
    return 2;
  }

  const totals: Totals = { sidecars: 0, annotations: 0, errors: 0, warnings: 0, moved: 0, fixed: 0, orphans: 0 };
  const files = await collectSidecars(folder);
  for (const file of files) await checkOne(file, folder, args.flags.has('fix'), maxBytes, totals, out);

  const fixed = args.flags.has('fix') ? ` (${totals.fixed} fixed)` : totals.moved > 0 ? ' (newslens check --fix rewrites them)' : '';
  io.err(
    `newslens check: ${totals.sidecars} sidecar${totals.sidecars === 1 ? '' : 's'}, ${totals.annotations} annotations: ` +
      `${totals.moved} moved${fixed}, ${totals.orphans} orphaned, ${totals.errors} errors, ${totals.warnings} warnings`,
  );
  return totals.errors > 0 || totals.orphans > 0 ? 1 : 0;
}

async function checkOne(file: string, root: string, fix: boolean, maxBytes: number, totals: Totals, out: (line: string) => void): Promise<void> {
  totals.sidecars++;
  const label = path.relative(process.cwd(), file) || file;
  const report = (line: number, column: number, severity: 'error' | 'warning', message: string): void => {
    totals[severity === 'error' ? 'errors' : 'warnings']++;
    out(`${label}:${Math.max(1, line)}:${Math.max(1, column)}: ${severity}: ${message}`);
  };

  const loaded = await loadSidecar(file, DEFAULT_MAX_SIDECAR_BYTES);
  if (!loaded.ok || !loaded.sidecar) {
    report(1, 1, 'error', loaded.ok ? 'cannot read the file' : loaded.message.replace(`${file}: `, ''));
    return;
  }
  const { sidecar, text } = loaded;
  for (const issue of sidecar.issues) report(issue.line, issue.column, issue.severity, issue.message);
  totals.annotations += sidecar.annotations.length;
  await checkLinks(sidecar, root, report);

  const sourceFile = sourcePathFor(file)!;
  const source = await readSource(sourceFile, maxBytes);
  if (!source.ok) {
    report(1, 1, 'error', `source ${path.basename(sourceFile)}: ${source.message.replace(`${sourceFile}: `, '')}`);
    return;
  }
  const prepared = prepareText(normalizeText(source.text));
  const check = checkSidecar(sidecar, prepared, path.basename(sourceFile));
  if (check.sourceMismatch) report(1, 1, 'warning', `header names source ${sidecar.header!.file}, but this sidecar belongs to ${path.basename(sourceFile)}`);
  for (const anchor of check.anchors) {
    if (anchor.status === 'orphan') {
      totals.orphans++;
      report(anchor.line, anchor.column, 'error', `orphan ${anchor.id}: ${quoteFor(anchor)} is no longer in ${path.basename(sourceFile)}; kept unchanged`);
    } else if (anchor.moved) {
      totals.moved++;
      report(anchor.line, anchor.column, 'warning', describeMove(anchor));
    }
  }
  if (fix && check.moved > 0 && isWritable(sidecar)) {
    const fixed = fixMovedAnchors(sidecar, check, prepared);
    try {
      await saveSidecar(file, sidecar, text);
      totals.fixed += fixed;
      out(`${label}: rewrote ${fixed} moved anchor${fixed === 1 ? '' : 's'}`);
    } catch (error) {
      report(1, 1, 'error', (error as Error).message);
    }
  }
}

/** Links are workspace-relative: they must resolve inside the folder, and should exist. */
async function checkLinks(sidecar: Sidecar, root: string, report: (line: number, column: number, severity: 'error' | 'warning', message: string) => void): Promise<void> {
  for (const annotation of sidecar.annotations) {
    const position = sidecar.positions.get(annotation.id) ?? { line: 1, column: 1 };
    for (const link of annotation.links ?? []) {
      const target = resolveInWorkspace(root, link.file);
      if (!target) report(position.line, position.column, 'error', `link ${link.file} leaves the workspace folder`);
      else if (!(await fs.stat(target).catch(() => null))) report(position.line, position.column, 'warning', `link ${link.file} (${link.id}): no such file in the workspace`);
    }
  }
}

function describeMove(anchor: AnchorReport): string {
  const how = anchor.status === 'fuzzy' ? `approximately (similarity ${anchor.score.toFixed(2)})` : 'exactly';
  return `moved ${anchor.id}: ${quoteFor(anchor)} found ${how} at ${anchor.to!.start}-${anchor.to!.end} (was ${anchor.from.start}-${anchor.from.end})`;
}

function quoteFor(anchor: AnchorReport): string {
  const flat = anchor.exact.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > 60 ? flat.slice(0, 57) + '...' : flat);
}
