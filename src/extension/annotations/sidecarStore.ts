/**
 * The workspace's annotation sidecars (`x.txt.annotations.yaml`), parsed and resolved against
 * their sources' current text. Kept in sync with the files (watcher: git pull, other editors),
 * open sidecar buffers, and source changes (the workspace index). All writes go through
 * `modify`, one at a time, and never touch a sidecar that does not parse.
 */
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX, type SidecarIssue } from '../../core/annotations/types';
import type { PreparedText, Sidecar } from '../../core/annotations/index';
import { decodeArticleBytes } from '../../core/text/articleBytes';
import { normalizeText } from '../../core/text/normalize';
import { OffsetMap } from '../../core/text/offsets';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { readFileText, writeFileText } from './fileWriter';
import type { ResolvedAnnotation } from './resolve';
import { engine } from '../engine';

export interface SidecarState {
  /** Workspace-relative key of the source article. */
  readonly file: string;
  readonly sourceUri: vscode.Uri;
  readonly sidecarUri: vscode.Uri;
  /** False when the source has no sidecar yet. */
  readonly exists: boolean;
  /** Parse and schema problems (errors make it read-only). */
  readonly issues: readonly SidecarIssue[];
  readonly writable: boolean;
  readonly annotations: readonly ResolvedAnnotation[];
  readonly orphans: number;
  /** The source text the annotations were resolved against. */
  readonly source: PreparedText;
}

/** What a change function gets: the sidecar to edit and the source text it refers to. */
export interface ModifyContext {
  readonly sidecar: Sidecar;
  readonly source: PreparedText;
  readonly file: string;
}

/** A sidecar whose article is not among the analysed ones (deleted, renamed, skipped, outside the globs). */
export interface LooseSidecar {
  readonly uri: vscode.Uri;
  readonly issues: readonly SidecarIssue[];
}

export function sidecarUriOf(sourceUri: vscode.Uri): vscode.Uri {
  return sourceUri.with({ path: sourceUri.path + SIDECAR_SUFFIX });
}

export function sourceUriOf(sidecarUri: vscode.Uri): vscode.Uri | undefined {
  return sidecarUri.path.endsWith(SIDECAR_SUFFIX) ? sidecarUri.with({ path: sidecarUri.path.slice(0, -SIDECAR_SUFFIX.length) }) : undefined;
}

export class SidecarStore implements vscode.Disposable {
  private readonly states = new Map<string, SidecarState>();
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changeEmitter = new vscode.EventEmitter<string[]>();
  private readonly looseEmitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly loose = new Map<string, LooseSidecar>();
  /** Last parse of each source's sidecar: source edits re-resolve without re-parsing the YAML (slow for big files). */
  private readonly parsed = new Map<string, { text: string; sidecar: Sidecar }>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.looseEmitter];
  private writing: Promise<unknown> = Promise.resolve();
  private searchedLoose = false;

  /** Fires with the source files whose sidecar state changed. */
  readonly onDidChange = this.changeEmitter.event;
  /** Fires with a sidecar URI whose loose state changed (see `looseSidecar`). */
  readonly onDidChangeLoose = this.looseEmitter.event;

  constructor(private readonly workspace: WorkspaceIndex) {
    this.disposables.push(
      workspace.onDidUpdate((change) => change.files.forEach((file) => this.schedule(file, 0))),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.sidecarTouched(event.document.uri, 150);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.sidecarTouched(document.uri, 0)),
      // When the first indexing settles, sidecars without an analysed article are looked for once;
      // later ones come from the watcher and from articles leaving the index.
      workspace.onDidChangeState((state) => {
        if (state !== 'idle' || this.searchedLoose) return;
        this.searchedLoose = true;
        void this.findLoose();
      }),
    );
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `**/*${SIDECAR_SUFFIX}`));
      for (const event of [watcher.onDidCreate, watcher.onDidChange, watcher.onDidDelete]) event((uri) => this.sidecarTouched(uri, 0), undefined, this.disposables);
      this.disposables.push(watcher);
    }
  }

  /** The current state of a source's sidecar (undefined until loaded or when not an article). */
  peek(file: string): SidecarState | undefined {
    return this.states.get(file);
  }

  all(): SidecarState[] {
    return [...this.states.values()];
  }

  looseSidecar(uri: vscode.Uri): LooseSidecar | undefined {
    return this.loose.get(uri.toString());
  }

  /** Loads (or re-loads) a source's sidecar now. */
  async load(file: string): Promise<SidecarState | undefined> {
    const generation = (this.generations.get(file) ?? 0) + 1;
    this.generations.set(file, generation);
    const sourceUri = this.workspace.uriOf(file);
    if (!sourceUri) {
      const previous = this.states.get(file);
      this.parsed.delete(file);
      if (previous) {
        this.states.delete(file);
        this.changeEmitter.fire([file]);
        // Its sidecar stays behind (a deleted or renamed article): report it as loose.
        void this.loadLoose(previous.sidecarUri);
      }
      return undefined;
    }
    const sidecarUri = sidecarUriOf(sourceUri);
    const [source, read] = await Promise.all([readSource(sourceUri), readFileText(sidecarUri).catch(() => ({ text: null }))]);
    if (this.generations.get(file) !== generation) return this.states.get(file);
    const state = buildState(file, sourceUri, sidecarUri, source, read.text === null ? null : this.parse(file, read.text));
    this.states.set(file, state);
    this.changeEmitter.fire([file]);
    if (this.loose.delete(sidecarUri.toString())) this.looseEmitter.fire(sidecarUri);
    return state;
  }

  /**
   * Applies a change to a source's sidecar (created when missing) and writes it. Refuses a
   * sidecar with errors. Changes run one after another, each on the freshly read file.
   */
  modify<T>(file: string, change: (context: ModifyContext) => T): Promise<T> {
    const run = async (): Promise<T> => {
      const sourceUri = this.workspace.uriOf(file);
      if (!sourceUri) throw new Error(`${file} is not one of the workspace's articles`);
      const sidecarUri = sidecarUriOf(sourceUri);
      const [source, read] = await Promise.all([readSource(sourceUri), readFileText(sidecarUri)]);
      const sidecar = read.text === null ? engine().createSidecar(baseName(sourceUri), source.hash) : engine().parseSidecar(read.text);
      if (!engine().isWritable(sidecar)) {
        const first = sidecar.issues.find((i) => i.severity === 'error')!;
        throw new Error(`${vscode.workspace.asRelativePath(sidecarUri)} has an error at line ${first.line}, column ${first.column} (${first.message}); Newslens does not write it until it is fixed`);
      }
      const result = change({ sidecar, source, file });
      // The hash says "every stored position fits this text": record it when that became true.
      if (engine().resolveAnnotations(sidecar, source).every((r) => r.anchor !== 'orphan' && r.span!.start === r.stored.start && r.span!.end === r.stored.end)) {
        engine().setSourceHash(sidecar, source.hash);
      }
      const after = engine().serializeSidecar(sidecar);
      if (after !== read.text) await writeFileText(sidecarUri, read, after);
      await this.load(file);
      return result;
    };
    const next = this.writing.then(run, run);
    this.writing = next.catch(() => undefined);
    return next;
  }

  /** The source's normalized text, as the index sees it (open buffer or file). */
  async sourceText(file: string): Promise<PreparedText | undefined> {
    const uri = this.workspace.uriOf(file);
    return uri ? readSource(uri) : undefined;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }

  /** Parses a sidecar for reading (never for writing: `modify` parses its own copy). */
  private parse(file: string, text: string): Sidecar {
    const cached = this.parsed.get(file);
    if (cached?.text === text) return cached.sidecar;
    const sidecar = engine().parseSidecar(text);
    this.parsed.set(file, { text, sidecar });
    return sidecar;
  }

  private sidecarTouched(uri: vscode.Uri, delayMs: number): void {
    const sourceUri = sourceUriOf(uri);
    if (!sourceUri) return;
    const file = this.workspace.fileOf(sourceUri);
    if (file !== undefined) this.schedule(file, delayMs);
    else void this.loadLoose(uri);
  }

  private async findLoose(): Promise<void> {
    const found = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '{**/node_modules/**,**/.git/**}');
    await Promise.all(found.filter((uri) => this.workspace.fileOf(sourceUriOf(uri)!) === undefined).map((uri) => this.loadLoose(uri)));
  }

  private async loadLoose(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const read = await readFileText(uri).catch(() => ({ text: null }));
    const sourceUri = sourceUriOf(uri)!;
    if (read.text === null || this.workspace.fileOf(sourceUri) !== undefined) {
      if (this.loose.delete(key)) this.looseEmitter.fire(uri);
      return;
    }
    const name = sourceUri.path.slice(sourceUri.path.lastIndexOf('/') + 1);
    const missing: SidecarIssue = { severity: 'warning', message: `its article ${name} is not among the analysed articles (missing, renamed, too large, or outside newslens.sources)`, line: 1, column: 1 };
    this.loose.set(key, { uri, issues: [missing, ...engine().parseSidecar(read.text).issues] });
    this.looseEmitter.fire(uri);
  }

  private schedule(file: string, delayMs: number): void {
    clearTimeout(this.timers.get(file));
    this.timers.set(
      file,
      setTimeout(() => {
        this.timers.delete(file);
        void this.load(file);
      }, delayMs),
    );
  }
}

function buildState(file: string, sourceUri: vscode.Uri, sidecarUri: vscode.Uri, source: PreparedText, sidecar: Sidecar | null): SidecarState {
  if (sidecar === null) return { file, sourceUri, sidecarUri, exists: false, issues: [], writable: true, annotations: [], orphans: 0, source };
  const annotations = engine().isWritable(sidecar) ? engine().resolveAnnotations(sidecar, source) : [];
  return {
    file,
    sourceUri,
    sidecarUri,
    exists: true,
    issues: sidecar.issues,
    writable: engine().isWritable(sidecar),
    annotations,
    orphans: annotations.filter((a) => a.span === null).length,
    source,
  };
}

/** An article's text as the index reads it: its open editor's, else its file decoded as every article is (UTF-16 too). */
async function readSource(uri: vscode.Uri): Promise<PreparedText> {
  const read = await readFileText(uri, (bytes) => decodeArticleBytes(bytes)?.text ?? '');
  return lazilyHashed(normalizeText(read.text ?? ''));
}

/**
 * The source text prepared for anchoring, its SHA-256 computed on first use: hashing a 5 MB
 * article takes about 0.4 s on the extension host, and an article without a sidecar never needs it.
 */
export function lazilyHashed(text: string): PreparedText {
  let hash: string | undefined;
  return {
    text,
    offsets: new OffsetMap(text),
    get hash(): string {
      return (hash ??= engine().sourceTextHash(text));
    },
  };
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
