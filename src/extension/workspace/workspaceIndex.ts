/**
 * The workspace's article folder as the core CorpusIndex sees it: article files found by
 * the `newslens.sources` globs, open editors' unsaved text (debounced), file watching,
 * and the entity registry at the folder root. Views subscribe to `onDidUpdate`.
 */
import * as vscode from 'vscode';
import type { CorpusChange, CorpusIndex } from '../../core/corpus/index';
import { engine } from '../engine';
import type { ScanResult, SourceReport } from '../../core/model';
import { decodeArticleBytes, decodeYamlBytes } from '../../core/text/articleBytes';
import { normalizeText } from '../../core/text/normalize';
import { partitionPoint } from '../../core/text/partition';
import type { Settings } from '../settings';
import { AnalysisBatches } from './analysisBatches';
import type { Analyzer } from './analyzer';

export const REGISTRY_FILE = 'newslens.entities.yaml';
const EXCLUDE = '{**/node_modules/**,**/.git/**}';

export type IndexState = 'idle' | 'indexing';

/**
 * Reads a file's bytes at once, on this thread (undefined: it cannot be read now): the desktop's
 * node file system, for the index to read an article back when it re-attaches it (see
 * CorpusIndexOptions.readText) instead of keeping every text. The web host has none.
 */
export type ReadFileNow = (uri: vscode.Uri) => Uint8Array | undefined;

/** What people decided in the sidecars, laid over the engine's result (see annotations/reviews.ts). */
export interface ResultOverlay {
  apply(result: ScanResult): ScanResult;
  readonly onDidChange: vscode.Event<unknown>;
}

export class WorkspaceIndex implements vscode.Disposable {
  private corpus: CorpusIndex | null = null;
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly updateEmitter = new vscode.EventEmitter<CorpusChange>();
  private readonly stateEmitter = new vscode.EventEmitter<IndexState>();
  private readonly skippedFiles = new Map<string, string>();
  private readonly batches = new AnalysisBatches(
    () => this.index,
    // Text changed again while one ran, or the file went away: a newer request will land.
    (entry) => this.generations.get(entry.file) === entry.generation && this.uris.has(entry.file),
  );
  private readonly disposables: vscode.Disposable[] = [];
  private cached: ScanResult | null = null;
  /** Starts at 1 for the first indexing, which start() ends: until then the index is about to index. */
  private pendingWork = 1;
  private overlay: ResultOverlay | null = null;

  /** Fires after the index changed, with what changed. */
  readonly onDidUpdate = this.updateEmitter.event;
  /** Fires when indexing starts or settles. */
  readonly onDidChangeState = this.stateEmitter.event;

  constructor(
    private settings: Settings,
    private readonly analyzer: Analyzer,
    private readonly readFileNow?: ReadFileNow,
  ) {}

  /** The engine's index, made on first use (start(), right after activation): the engine loads then. */
  get index(): CorpusIndex {
    if (this.corpus) return this.corpus;
    // Where articles can be read back at once, the index keeps a fingerprint of each text, not the
    // text (~40 MB of a 10,000-article folder): see textNow.
    const corpus = (this.corpus = new (engine().CorpusIndex)({ readText: this.readFileNow ? (file) => this.textNow(file) : undefined }));
    this.disposables.push(
      corpus.onDidChange((change) => {
        this.cached = null;
        this.updateEmitter.fire(change);
      }),
    );
    return corpus;
  }

  get state(): IndexState {
    return this.pendingWork > 0 ? 'indexing' : 'idle';
  }

  /** Files skipped (too large, binary) with the reason, for the Sources view. */
  get skipped(): ReadonlyMap<string, string> {
    return this.skippedFiles;
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
  }

  /** Finds and analyses every article; starts watching files and editors. */
  async start(): Promise<void> {
    try {
      this.watch();
      await this.loadRegistry();
      const uris = await this.findArticles();
      await Promise.all(uris.map((uri) => this.loadFile(uri)));
    } finally {
      this.batches.endFirstLoad();
      this.end();
    }
  }

  /** The whole folder's cross-referenced result with the reviews applied (cached until the next change). */
  result(): ScanResult {
    if (this.cached) return this.cached;
    const result = this.index.result();
    return (this.cached = this.overlay ? this.overlay.apply(result) : result);
  }

  /** Lays the sidecars' reviews over every later result; views redraw when they change. */
  useOverlay(overlay: ResultOverlay): vscode.Disposable {
    this.overlay = overlay;
    const refresh = (): void => {
      this.cached = null;
      // No file's analysis changed (`files` empty), so nothing re-reads its sidecar: no loop.
      this.updateEmitter.fire({ files: [], entities: [], quoteGroups: [], findings: [] });
    };
    const subscription = overlay.onDidChange(refresh);
    refresh();
    return new vscode.Disposable(() => {
      subscription.dispose();
      if (this.overlay === overlay) this.overlay = null;
      refresh();
    });
  }

  /** A file's report: the result's sources are sorted by file, so a binary search finds it (no map per change). */
  source(file: string): SourceReport | undefined {
    const { sources } = this.result();
    const at = partitionPoint(sources.length, (i) => sources[i]!.file < file);
    return sources[at]?.file === file ? sources[at] : undefined;
  }

  /** Workspace-relative key of an article URI, or undefined when it is not indexed. */
  fileOf(uri: vscode.Uri): string | undefined {
    const key = this.keyOf(uri);
    return key !== undefined && this.uris.has(key) ? key : undefined;
  }

  /**
   * The fingerprint (see textFingerprint) of the normalized text the file's current result describes.
   * While an edit waits for analysis the editor's text differs from it, and the result's spans must
   * not be mapped onto the editor.
   */
  analyzedFingerprint(file: string): string | undefined {
    return this.batches.analyzedFingerprint(file);
  }

  uriOf(file: string): vscode.Uri | undefined {
    return this.uris.get(file);
  }

  /** Does this document belong to the article set (by the `newslens.sources` globs)? */
  isArticle(document: vscode.TextDocument): boolean {
    // Articles are files of a workspace folder, whatever its file system (file, vscode-remote, or a web
    // host's own: vscode-vfs on github.dev, vscode-test-web); git:, output or quote views never match one.
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder || folder.uri.scheme !== document.uri.scheme) return false;
    const key = this.keyOf(document.uri);
    if (key === undefined) return false;
    if (this.uris.has(key)) return true;
    return this.settings.sources.some((glob) => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, document) > 0);
  }

  /** Adds a document to the article set now (the "mark as article" command). */
  async addDocument(document: vscode.TextDocument): Promise<void> {
    const key = this.keyOf(document.uri);
    if (key === undefined) return;
    this.uris.set(key, document.uri);
    await this.analyze(key, document.getText(), 'editor');
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
    this.updateEmitter.dispose();
    this.stateEmitter.dispose();
  }

  private keyOf(uri: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const relative = vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/');
    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    return multiRoot && !relative.startsWith(folder.name + '/') ? `${folder.name}/${relative}` : relative;
  }

  private async findArticles(): Promise<vscode.Uri[]> {
    const found = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of this.settings.sources) {
        for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), EXCLUDE)) found.set(uri.toString(), uri);
      }
    }
    return [...found.values()];
  }

  private watch(): void {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const glob of this.settings.sources) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        watcher.onDidCreate((uri) => void this.loadFile(uri), undefined, this.disposables);
        watcher.onDidChange((uri) => {
          // An open editor is the source of truth for its file; its own events update the index.
          if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty)) void this.loadFile(uri);
        }, undefined, this.disposables);
        watcher.onDidDelete((uri) => this.remove(uri), undefined, this.disposables);
        this.disposables.push(watcher);
      }
      const registry = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, REGISTRY_FILE));
      registry.onDidCreate(() => void this.loadRegistry(), undefined, this.disposables);
      registry.onDidChange(() => void this.loadRegistry(), undefined, this.disposables);
      registry.onDidDelete(() => void this.loadRegistry(), undefined, this.disposables);
      this.disposables.push(registry);
    }
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0) return;
      const key = this.fileOf(event.document.uri);
      if (key !== undefined) this.schedule(key, event.document);
    }, undefined, this.disposables);
  }

  /** Debounced re-analysis while typing. */
  private schedule(key: string, document: vscode.TextDocument): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.analyze(key, document.getText(), 'editor');
      }, this.settings.debounceMs),
    );
  }

  /** Re-analyses a document now (on editor switch, no debounce). */
  async refreshNow(document: vscode.TextDocument): Promise<void> {
    const key = this.fileOf(document.uri);
    if (key === undefined || !this.timers.has(key)) return;
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    await this.analyze(key, document.getText(), 'editor');
  }

  private async loadFile(uri: vscode.Uri): Promise<void> {
    const key = this.keyOf(uri);
    if (key === undefined) return;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > this.settings.maxFileBytes) {
        this.skippedFiles.set(key, `larger than newslens.maxFileBytes (${stat.size} bytes)`);
        return;
      }
      const decoded = decodeArticleBytes(await vscode.workspace.fs.readFile(uri));
      if (!decoded) {
        this.skippedFiles.set(key, 'binary file');
        return;
      }
      this.skippedFiles.delete(key);
      this.uris.set(key, uri);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      await this.analyze(key, open ? open.getText() : decoded.text, open ? 'editor' : 'file');
    } catch (error) {
      this.skippedFiles.set(key, `unreadable: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private remove(uri: vscode.Uri): void {
    const key = this.keyOf(uri);
    if (key === undefined || !this.uris.has(key)) return;
    this.batches.settleStaged();
    this.uris.delete(key);
    this.batches.forget(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.index.removeArticle(key);
  }

  /**
   * An article's normalized text as its file has it now, read at once, for the index to attach it
   * again (undefined when it cannot be read: the index then leaves the article as it is until its
   * change comes). Only texts that came from the file are read back (see analyze); the index checks
   * the text against what it analysed, and analyses a file changed since as it is now.
   */
  private textNow(file: string): string | undefined {
    const uri = this.uris.get(file);
    if (!uri) return undefined;
    const bytes = this.canReadNow(uri) ? this.readFileNow!(uri) : undefined;
    // Refused as loadFile refuses it: the index then leaves the article until the watcher reports the file.
    const decoded = bytes && bytes.length <= this.settings.maxFileBytes ? decodeArticleBytes(bytes) : null;
    return decoded ? normalizeText(decoded.text) : undefined;
  }

  /** Files the desktop can read at once; the index keeps the text of any other (a virtual file system's). */
  private canReadNow(uri: vscode.Uri): boolean {
    return this.readFileNow !== undefined && uri.scheme === 'file';
  }

  /**
   * Analyses an article's text, from its file or from an editor. The index keeps an editor's text
   * (a few articles; read back, an edited one would differ and be analysed again on this thread) and
   * a file's it cannot read back; a local file's text it reads again from the file when it needs it.
   */
  private async analyze(key: string, rawText: string, from: 'file' | 'editor'): Promise<void> {
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const text = normalizeText(rawText);
    const uri = this.uris.get(key);
    this.begin();
    try {
      const { analysis, fingerprint, numberFacts, mentionContexts } = await this.analyzer.analyze(text);
      await this.batches.add({ file: key, text, analysis, fingerprint, numberFacts, mentionContexts, generation, keepText: from === 'editor' || !uri || !this.canReadNow(uri) });
    } finally {
      this.end();
    }
  }

  private async loadRegistry(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return;
    const uri = vscode.Uri.joinPath(folder.uri, REGISTRY_FILE);
    let text: string | null = null;
    try {
      text = decodeYamlBytes(await vscode.workspace.fs.readFile(uri));
    } catch {
      text = null;
    }
    this.batches.settleStaged();
    this.index.setRegistry(text);
  }

  private begin(): void {
    if (this.pendingWork++ === 0) this.stateEmitter.fire('indexing');
  }

  private end(): void {
    if (--this.pendingWork === 0) this.stateEmitter.fire('idle');
  }
}
