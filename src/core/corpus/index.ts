/**
 * The living folder index: articles in, cross-referenced entities, quote groups and
 * findings out. Changing one article re-analyses only that article and recomputes only
 * the links that touch it (see EntityGraph and QuoteGraph); listeners hear what changed.
 */
import { isPackedAnalysis, type PackedAnalysis } from '../analysis/packedAnalysis';
import { analyzeArticle } from '../analysis/pipeline';
import type { ArticleAnalysis, ScanResult } from '../model';
import { normalizeText } from '../text/normalize';
import { anchorDates, statedMonthDays, yearlessMonthDays } from './dateAnchors';
import { EntityGraph } from './entityGraph';
import { ChangeEmitter, type CorpusChange, type Disposable } from './events';
import { FindingStore } from './findingStore';
import { KeptAnalysis } from './keptAnalysis';
import { localEntitiesOf, nameKeyOf, type ArticleEntities } from './localEntities';
import { mentionContextsOf, type MentionContexts } from './mentionContexts';
import { articleNumberFacts, numberFactsOf, unpackNumberFacts, type ArticleNumberFact, type PackedNumberFacts } from './numberFacts';
import { QuoteGraph, type QuoteRecord } from './quoteGraph';
import { isLinkedQuote } from './quoteGraphState';
import { quoteFeatures, type QuoteFeatures } from './quoteMatch';
import { EMPTY_REGISTRY, parseRegistry, registryEntityId, RegistryLookup, type Registry } from './registry';
import { buildScanResult, KeptResult, type ResultSource } from './result';
import { SharedStrings } from './sharedStrings';
import { readStoredText, storeText, TextElsewhere, type StoredText } from './storedText';
import { textFingerprint } from '../text/fingerprint';
import type { NumberFact } from './findings';

export { entityIdFor } from './names';
export type { CorpusChange, Disposable } from './events';

export interface ArticleState {
  file: string;
  /** The normalized text (see storedText: read it with readStoredText), or where to read it again. */
  text: StoredText | TextElsewhere;
  /** What the engine found. */
  original: KeptAnalysis;
  /** The same with dates the folder could resolve (see dateAnchors); the same object when it resolved none. */
  analysis: KeptAnalysis;
  entities: ArticleEntities;
  /** Name node key of each local entity. */
  nodeKeys: string[];
  quotes: QuoteRecord[];
  facts: NumberFact[];
}

export interface ArticleInput {
  file: string;
  /**
   * Normalized text (see normalizeText), or its UTF-8 bytes: a worker that read the file sends
   * those, the index decodes them when it attaches the article and keeps them as they are.
   */
  text: StoredText;
  /** The engine's analysis, or the packed form a worker sends (unpacked here, its names shared as they are). */
  analysis: ArticleAnalysis | PackedAnalysis;
  /** textFingerprint(text), when the sender made it (a worker does, saving this thread the pass; see readText). */
  fingerprint?: string;
  /** articleNumberFacts(text, analysis), packed, when the sender made them (a worker does: see ArticleNumberFact). */
  numberFacts?: PackedNumberFacts;
  /**
   * mentionContextsOf(text, analysis), when the sender made them (a worker does). With them, the
   * fingerprint and the number facts, a text the index can read back is not even decoded here.
   */
  mentionContexts?: MentionContexts;
  /** The text cannot be read back (see readText: a file on a virtual file system): kept all the same. */
  keepText?: boolean;
}

export interface CorpusIndexOptions {
  /** The per-article engine; tests pass their own. */
  analyze?: (text: string) => ArticleAnalysis;
  /** Text of the folder's registry file (newslens.entities.yaml), if it has one. */
  registryText?: string | null;
  /**
   * Reads an article's normalized text again (undefined: it cannot be read). Given, the index keeps
   * a fingerprint of each text instead of the text (~40 MB at 10,000 articles), and reads a text
   * back in the rare cases it attaches an article again (a date anchor or the registry changed).
   */
  readText?: (file: string) => string | undefined;
}

/** The set of analysed articles of a folder and the links between them. */
export class CorpusIndex {
  private readonly articles = new Map<string, ArticleState>();
  /** month-day ("09-16") -> articles with that date and no year, which other articles may anchor. */
  private readonly dependents = new Map<string, Set<string>>();
  /** Quote text -> its features and how many quotes use them: wire copy repeats statements verbatim. */
  private readonly sharedFeatures = new Map<string, { features: QuoteFeatures; users: number }>();
  private readonly analyze: (text: string) => ArticleAnalysis;
  private readonly readText: ((file: string) => string | undefined) | undefined;
  private readonly sharedStrings = new SharedStrings();
  /** Files staged (see stageAnalyses) and not yet settled: the next flush reports them. */
  private readonly staged = new Set<string>();
  private readonly emitter = new ChangeEmitter();
  private registry: Registry = EMPTY_REGISTRY;
  private lookup = new RegistryLookup(EMPTY_REGISTRY);
  private entityGraph!: EntityGraph;
  private quoteGraph!: QuoteGraph;
  private findings!: FindingStore;
  /** The last result() and everything that changed since (see updateScanResult). */
  private readonly keptResult = new KeptResult();
  /** The files in sorted order and each one's place in it, until a file comes or goes. */
  private fileOrder: { files: string[]; rank: Map<string, number> } | null = null;

  constructor(options: CorpusIndexOptions = {}) {
    this.analyze = options.analyze ?? analyzeArticle;
    this.readText = options.readText;
    if (options.registryText) {
      this.registry = parseRegistry(options.registryText);
      this.lookup = new RegistryLookup(this.registry);
    }
    this.resetGraphs();
  }

  /** Does the index read texts back (see readText) rather than keep them? Then a text it was given is the caller's again once staged. */
  get readsTextsBack(): boolean {
    return this.readText !== undefined;
  }

  /** Problems found in the registry file (unknown type, entry without a name, YAML errors). */
  get registryProblems(): readonly string[] {
    return this.registry.problems;
  }

  /** Adds or replaces an article from its file text. */
  setArticle(file: string, rawText: string): void {
    this.setArticles([{ file, text: rawText }]);
  }

  /** Adds or replaces an article whose analysis was made elsewhere (normalized text). */
  setAnalysis(file: string, text: string, analysis: ArticleAnalysis | PackedAnalysis): void {
    this.setAnalyses([{ file, text, analysis }]);
  }

  /**
   * Adds or replaces many articles, then settles the links once and tells listeners once: a
   * cold load of a large folder, where settling after every article would redo the same
   * neighbourhoods again and again. The result is the same as adding them one by one.
   */
  setArticles(articles: Iterable<{ file: string; text: string }>): void {
    const analysed: ArticleInput[] = [];
    for (const { file, text: rawText } of articles) {
      const text = normalizeText(rawText);
      analysed.push({ file, text, analysis: this.analyze(text) });
    }
    this.setAnalyses(analysed);
  }

  /** setArticles for analyses made elsewhere (normalized texts). */
  setAnalyses(articles: Iterable<ArticleInput>): void {
    this.stageAnalyses(articles);
    this.settle();
  }

  /**
   * A cold load's part: the articles go in, their links are settled later, once, by settle()
   * (or by the next change), whatever number of parts came before. Settling regroups every
   * quote the new ones can reach, which in a folder about one topic is most of the index:
   * settling a 10,000-article folder after each part cost seconds and ~100 MB of peak memory.
   * Parts staged and then settled give what one setAnalyses of all of them gives. Until then,
   * results and listeners still wait: call settle() before reading.
   */
  stageAnalyses(articles: Iterable<ArticleInput>): void {
    for (const { file, text, analysis: given, fingerprint, numberFacts, mentionContexts, keepText } of articles) {
      const old = this.articles.get(file)?.original;
      this.detach(file);
      // Decoded only when something here reads it (see ArticleInput.mentionContexts).
      let plain: string | undefined;
      const textOf = (): string => (plain ??= readStoredText(text));
      const analysis = isPackedAnalysis(given) ? this.sharedStrings.unpack(given) : this.sharedStrings.shareAnalysis(given);
      const stored = this.readText && !keepText ? new TextElsewhere(fingerprint ?? textFingerprint(textOf())) : typeof text === 'string' ? storeText(text) : text;
      this.attach(file, textOf, analysis, stored, undefined, numberFacts && unpackNumberFacts(numberFacts), mentionContexts);
      this.staged.add(file);
      for (const reattached of this.reanchor(file, [old, analysis])) this.staged.add(reattached);
    }
  }

  /** Settles the links of what stageAnalyses brought in and tells listeners once. */
  settle(): void {
    this.flush([]);
  }

  removeArticle(file: string): void {
    const old = this.articles.get(file)?.original;
    if (!old) return;
    this.detach(file);
    this.fileOrder = null;
    this.flush([file, ...this.reanchor(file, [old])]);
  }

  /** Replaces the registry (null: none). Registry decisions touch every article, so all links are rebuilt. */
  setRegistry(text: string | null): void {
    this.registry = text ? parseRegistry(text) : EMPTY_REGISTRY;
    this.lookup = new RegistryLookup(this.registry);
    // Every id may change: report the old ones as changed too.
    const previous: Omit<CorpusChange, 'files'> = {
      entities: this.entityGraph.entities().map((e) => e.id),
      quoteGroups: this.quoteGraph.groups().map((g) => g.id),
      findings: this.findings.ids(),
    };
    const states = [...this.articles.values()];
    this.articles.clear();
    this.sharedFeatures.clear();
    this.resetGraphs();
    const gone: string[] = [];
    for (const state of states) {
      const again = this.readBack(state);
      if (again) this.attach(state.file, () => again.text, again.original, again.stored, again.kept);
      else gone.push(state.file);
    }
    this.fileOrder = null;
    this.reanchor(null, states.map((s) => s.original));
    this.flush(gone, previous);
  }

  files(): string[] {
    return [...this.sortedFiles().files];
  }

  private sortedFiles(): { files: string[]; rank: Map<string, number> } {
    if (this.fileOrder) return this.fileOrder;
    const files = [...this.articles.keys()].sort();
    return (this.fileOrder = { files, rank: new Map(files.map((file, i) => [file, i])) });
  }

  /** A file's place in sorted order: sorting by it sorts by file name, without comparing strings. */
  private fileRank(file: string): number {
    return this.sortedFiles().rank.get(file) ?? -1;
  }

  /** Fires after every change with the ids of entities, quote groups and findings that changed. */
  onDidChange(listener: (change: CorpusChange) => void): Disposable {
    return this.emitter.subscribe(listener);
  }

  result(): ScanResult {
    // Staged and not settled: links are half made, so nothing is kept of it (see stageAnalyses).
    if (this.staged.size > 0) return buildScanResult(this.resultSource());
    return this.keptResult.read(this.resultSource());
  }

  private resultSource(): ResultSource {
    return { files: () => this.sortedFiles().files, fileRank: (file) => this.fileRank(file), article: (file) => this.articles.get(file), entityGraph: this.entityGraph, quoteGraph: this.quoteGraph, findings: this.findings };
  }

  private resetGraphs(): void {
    this.entityGraph = new EntityGraph(this.lookup);
    this.quoteGraph = new QuoteGraph((quote) => (quote.speakerNode ? this.entityGraph.entityOf(quote.speakerNode)?.id ?? null : null));
    this.findings = new FindingStore(this.entityGraph, this.quoteGraph, (file) => this.articles.get(file), (file) => this.fileRank(file));
  }

  /**
   * Articles whose yearless dates can be anchored by the full dates these analyses state
   * are re-attached when their anchor changed. Returns the files re-attached.
   */
  private reanchor(changedFile: string | null, analyses: (ArticleAnalysis | KeptAnalysis | undefined)[]): string[] {
    const reattached = new Set<string>();
    for (const monthDay of new Set(analyses.flatMap((a) => (a ? statedMonthDays(a) : [])))) {
      for (const file of this.dependents.get(monthDay) ?? []) {
        const state = this.articles.get(file);
        if (!state || file === changedFile || reattached.has(file)) continue;
        const original = state.original.unpack();
        if (sameDates(this.anchored(file, original), state.analysis)) continue;
        // Unreadable now: the file is going, and its removal comes next; it keeps its dates until then.
        const again = this.readBack(state, original);
        if (!again) continue;
        this.detach(file);
        this.attach(file, () => again.text, again.original, again.stored, again.kept);
        reattached.add(file);
      }
    }
    return [...reattached];
  }

  /**
   * An article's text and analysis, to attach it again. A text the index let go is read back; when
   * it is no longer the text analysed (the file changed, and that change has not come in yet), it is
   * analysed as it is now; when it cannot be read, null.
   */
  private readBack(state: ArticleState, original = state.original.unpack()): { text: string; original: ArticleAnalysis; stored: StoredText | TextElsewhere; kept?: KeptAnalysis } | null {
    if (!(state.text instanceof TextElsewhere)) return { text: readStoredText(state.text), original, stored: state.text, kept: state.original };
    const text = this.readText?.(state.file);
    if (text === undefined) return null;
    const fingerprint = textFingerprint(text);
    if (fingerprint === state.text.fingerprint) return { text, original, stored: state.text, kept: state.original };
    return { text, original: this.sharedStrings.shareAnalysis(this.analyze(text)), stored: new TextElsewhere(fingerprint) };
  }

  private anchored(file: string, analysis: ArticleAnalysis): ArticleAnalysis {
    return anchorDates(file, analysis, (monthDay, exclude) => this.entityGraph.engineDates(monthDay, exclude));
  }

  /**
   * `textOf` gives the article's text, read only for what was not made elsewhere; `stored` is the
   * text as the index keeps it (see storedText); `kept`, `original` as it keeps it, when it already
   * does; `numberFacts` and `contexts`, the article's, when they were made elsewhere.
   */
  private attach(
    file: string,
    textOf: () => string,
    original: ArticleAnalysis,
    stored: StoredText | TextElsewhere,
    kept = KeptAnalysis.of(original),
    numberFacts: readonly ArticleNumberFact[] = articleNumberFacts(textOf(), original),
    contexts: MentionContexts = mentionContextsOf(textOf(), original),
  ): void {
    if (!this.articles.has(file) && !this.fileOrder?.rank.has(file)) this.fileOrder = null;
    const analysis = this.anchored(file, original);
    for (const monthDay of yearlessMonthDays(original)) addTo(this.dependents, monthDay, file);
    // (Anchoring changes dates' canonical forms only: the original's mentions are the same ones, in order.)
    const entities = localEntitiesOf(file, contexts, analysis, (items) => this.sharedStrings.list(items));
    // A date local is derived when its first mention's engine date is not what the folder resolved.
    const seen: boolean[] = new Array<boolean>(entities.count).fill(false);
    entities.localOfMention.forEach((of, mention) => {
      if (seen[of]) return;
      seen[of] = true;
      if (entities.type(of) === 'DATE' && original.mentions[mention]!.canonical !== entities.canonical(of)) entities.setDerived(of, true);
    });
    const nodeKeys: string[] = new Array(entities.count);
    for (let local = 0; local < entities.count; local++) {
      // Two constants, not `const [type, canonical] = [...]`: that destructuring cost ~0.4 M instructions per article here (count-engine --index).
      const type = entities.type(local);
      const canonical = entities.canonical(local);
      // (The names' list is made only when there is a registry to look them up in.)
      const entry = this.lookup.isEmpty ? null : this.lookup.claim(type, [canonical, ...entities.surfaces(local)], textOf());
      const key = entry ? `R|${registryEntityId(entry)}|` : nameKeyOf(type, canonical, entities.qualifier(local));
      nodeKeys[local] = this.entityGraph.addLocal(entities, local, key, entry);
    }
    for (const typo of entities.typos) {
      const [a, b] = [nodeKeys[typo.from]!, nodeKeys[typo.to]!];
      if (a !== b) this.entityGraph.setTypo(file, a, b, typo.label);
    }
    const nodeOfMention = (index: number): string => nodeKeys[entities.localOfMention[index]!]!;
    const found: QuoteRecord[] = [];
    analysis.quotes.forEach((quote, index) => {
      if (!isLinkedQuote(quote.kind)) return;
      // Joined, not a template: V8 makes a template's result a pair of pointers to its parts, then a
      // flat copy besides it when it first keys a map; a join is flat at once (~3 MB less at 10,000 articles).
      const speakerNode = quote.speakerMention === null || quote.speakerMention >= analysis.mentions.length ? null : nodeOfMention(quote.speakerMention);
      found.push({ id: [file, '#', index].join(''), file, start: quote.start, end: quote.end, text: quote.text, kind: quote.kind, speakerNode, features: this.featuresOf(quote.text), wording: undefined, group: undefined, version: undefined, variant: undefined, variantOf: undefined });
    });
    // Kept for the article's life in the index: an exact-size copy, not a pushed-to array's spare room.
    const quotes = found.slice();
    this.quoteGraph.setFile(file, quotes);
    const facts = numberFactsOf(file, numberFacts, nodeOfMention);
    for (const fact of facts) fact.text = this.sharedStrings.of(fact.text);
    this.findings.addFacts(facts);
    this.articles.set(file, { file, text: stored, original: kept, analysis: analysis === original ? kept : KeptAnalysis.of(analysis), entities, nodeKeys, quotes, facts });
  }

  private featuresOf(text: string): QuoteFeatures {
    const shared = this.sharedFeatures.get(text) ?? { features: quoteFeatures(text), users: 0 };
    shared.users++;
    this.sharedFeatures.set(text, shared);
    return shared.features;
  }

  private releaseFeatures(text: string): void {
    const shared = this.sharedFeatures.get(text);
    if (shared && --shared.users === 0) this.sharedFeatures.delete(text);
  }

  private detach(file: string): void {
    const state = this.articles.get(file);
    if (!state) return;
    for (let local = 0; local < state.entities.count; local++) this.entityGraph.removeLocal(state.entities, local, state.nodeKeys[local]!);
    for (const typo of state.entities.typos) {
      const [a, b] = [state.nodeKeys[typo.from]!, state.nodeKeys[typo.to]!];
      if (a !== b) this.entityGraph.setTypo(file, a, b, null);
    }
    this.quoteGraph.removeFile(file);
    for (const quote of state.quotes) this.releaseFeatures(quote.text);
    this.findings.removeFacts(state.facts);
    for (const monthDay of yearlessMonthDays(state.original)) removeFrom(this.dependents, monthDay, file);
    this.articles.delete(file);
  }

  /** Settles entities, then groups (speakers are entities), then findings; tells listeners. */
  private flush(changedFiles: string[], previous?: Omit<CorpusChange, 'files'>): CorpusChange | null {
    const files = new Set([...this.staged, ...changedFiles]);
    this.staged.clear();
    const { changedIds, movedNodes } = this.entityGraph.flush();
    this.quoteGraph.speakersMoved(movedNodes.keys());
    const changedGroups = this.quoteGraph.flush();
    const changedFindings = this.findings.update(changedIds, changedGroups, movedNodes, files);
    for (const id of previous?.entities ?? []) changedIds.add(id);
    for (const id of previous?.quoteGroups ?? []) changedGroups.add(id);
    for (const id of previous?.findings ?? []) changedFindings.add(id);
    if (changedIds.size === 0 && changedGroups.size === 0 && changedFindings.size === 0 && files.size === 0) return null;
    const change: CorpusChange = {
      files: [...files].sort(),
      entities: [...changedIds].sort(),
      quoteGroups: [...changedGroups].sort(),
      findings: [...changedFindings].sort(),
    };
    // Reports name their mentions' entities and summaries their files: a file whose mention moved to another entity is redone.
    this.keptResult.changed(change, () => [...movedNodes.keys()].flatMap((node) => this.entityGraph.nodeFiles(node)));
    this.emitter.fire(change);
    return change;
  }
}

function sameDates(a: ArticleAnalysis, b: KeptAnalysis): boolean {
  return a.mentions.length <= b.mentionCount && a.mentions.every((m, i) => m.canonical === b.canonical(i));
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  map.set(key, (map.get(key) ?? new Set<string>()).add(value));
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  set?.delete(value);
  if (set?.size === 0) map.delete(key);
}
