/** Inside an analysis worker thread: answers AnalysisPool's requests with the engine. */
import { parentPort } from 'node:worker_threads';
import { packAnalysis, transferablesOf, type PackedAnalysis } from '../core/analysis/packedAnalysis';
import { analyzeArticle } from '../core/analysis/pipeline';
import { articleNumberFacts, packNumberFacts, type PackedNumberFacts } from '../core/corpus/numberFacts';
import { mentionContextsOf, type MentionContexts } from '../core/corpus/mentionContexts';
import { textFingerprint } from '../core/text/fingerprint';
import { normalizeText } from '../core/text/normalize';
import { decodedSource, readSourceBytesSync, type ReadOutcome } from './readSource';

const encoder = new TextEncoder();

/**
 * Analyse this normalized text, or read this file (see readSource) and analyse its text; with
 * `withFacts`, make what the index would make of the text besides: its fingerprint, number facts and
 * mention contexts.
 */
export type AnalysisRequest = { id: number; text: string; withFacts?: boolean } | { id: number; file: string; maxBytes: number; withFacts: boolean };

export interface AnalysisReply {
  id: number;
  /** The analysis, packed: see packedAnalysis. */
  analysis?: PackedAnalysis;
  /**
   * For a file: its normalized text as UTF-8, sent by transfer. Waiting to be indexed it sits
   * outside the receiving thread's heap, which the index's index-building thread would otherwise
   * copy from one generation to the next; the index keeps these very bytes (see storedText).
   */
  utf8?: Uint8Array;
  /** For a file or a text asked withFacts: textFingerprint of its normalized text (see ArticleInput.fingerprint). */
  fingerprint?: string;
  /** For a file or a text asked withFacts: its number facts (see ArticleInput.numberFacts), made here rather than on the index's thread. */
  numberFacts?: PackedNumberFacts;
  /** For a file or a text asked withFacts: its mention contexts (see ArticleInput.mentionContexts), made here for the same reason. */
  mentionContexts?: MentionContexts;
  /** For a file that could not be read (missing, binary, too large): why, as readSource says it. */
  skipped?: string;
  error?: string;
}

export function serveAnalyses(): void {
  const port = parentPort;
  if (!port) throw new Error('serveAnalyses runs in a worker thread');
  port.on('message', (request: AnalysisRequest) => {
    let reply: AnalysisReply;
    try {
      if ('file' in request) reply = analyzeFile(request.id, request.file, request.maxBytes, request.withFacts);
      else reply = analyzeText(request.id, request.text, request.withFacts === true);
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    const transfer = reply.analysis ? transferablesOf(reply.analysis) : [];
    if (reply.utf8) transfer.push(reply.utf8.buffer as ArrayBuffer);
    if (reply.numberFacts) transfer.push(reply.numberFacts.numbers.buffer as ArrayBuffer);
    port.postMessage(reply, transfer);
  });
}

/** The reply to a file request (exported for its test). */
export function analyzeFile(id: number, file: string, maxBytes: number, withFacts = true): AnalysisReply {
  const read = readSourceBytesSync(file, maxBytes);
  if (!read.ok) return { id, skipped: read.message };
  const outcome = decodedSource(file, read.bytes);
  if (!outcome.ok) return { id, skipped: outcome.message };
  const text = normalizeText(outcome.text);
  return { ...analyzeText(id, text, withFacts), utf8: utf8Of(text, outcome, read.bytes) };
}

/**
 * The text's UTF-8 form, to send by transfer. A file read as UTF-8 whose text normalizing left as it
 * was (no BOM, no CR: most files) is that already: its own bytes go, when they are a buffer of their
 * own (a small file's may be a view of Node's shared pool, which must not be transferred away: those are copied; a Buffer's slice would be a view again).
 * Else the text is encoded: a decoded file has no lone surrogate, so its UTF-8 gives the text back exactly.
 */
export function utf8Of(text: string, outcome: Extract<ReadOutcome, { ok: true }>, bytes: Uint8Array): Uint8Array {
  if (outcome.encoding !== 'utf-8' || text !== outcome.text) return encoder.encode(text);
  // (A plain Uint8Array either way, as a transferred Buffer arrives.)
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes);
}

/** The reply to a text: its analysis, packed, and with `withFacts` what the index would make of the text besides. */
function analyzeText(id: number, text: string, withFacts: boolean): AnalysisReply {
  return withFacts ? analyzeWithFacts(id, text) : { id, analysis: packAnalysis(analyzeArticle(text)) };
}

/** The reply to a text asked withFacts: the analysis, packed, with what the index would make of the text besides (exported for its test). */
export function analyzeWithFacts(id: number, text: string): AnalysisReply {
  const analysis = analyzeArticle(text);
  return {
    id,
    fingerprint: textFingerprint(text),
    numberFacts: packNumberFacts(articleNumberFacts(text, analysis)),
    mentionContexts: mentionContextsOf(text, analysis),
    analysis: packAnalysis(analysis),
  };
}
