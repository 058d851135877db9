/** Inside an analysis worker thread: answers AnalysisPool's requests with the engine. */
import { parentPort } from 'node:worker_threads';
import { packAnalysis, type PackedAnalysis } from '../core/analysis/packedAnalysis';
import { analyzeArticle } from '../core/analysis/pipeline';
import { normalizeText } from '../core/text/normalize';
import { readSourceSync } from './readSource';

/** Analyse this normalized text, or read this file (see readSource) and analyse its text. */
export type AnalysisRequest = { id: number; text: string } | { id: number; file: string; maxBytes: number };

export interface AnalysisReply {
  id: number;
  /** The analysis, packed: see packedAnalysis. */
  analysis?: PackedAnalysis;
  /** For a file: its normalized text. */
  text?: string;
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
      reply = 'file' in request ? analyzeFile(request.id, request.file, request.maxBytes) : { id: request.id, analysis: packAnalysis(analyzeArticle(request.text)) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}

function analyzeFile(id: number, file: string, maxBytes: number): AnalysisReply {
  const outcome = readSourceSync(file, maxBytes);
  if (!outcome.ok) return { id, skipped: outcome.message };
  const text = normalizeText(outcome.text);
  return { id, text, analysis: packAnalysis(analyzeArticle(text)) };
}
