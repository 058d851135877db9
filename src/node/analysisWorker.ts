/** Inside an analysis worker thread: answers AnalysisPool's requests with the engine. */
import { parentPort } from 'node:worker_threads';
import { packAnalysis, type PackedAnalysis } from '../core/analysis/packedAnalysis';
import { analyzeArticle } from '../core/analysis/pipeline';

export interface AnalysisRequest {
  id: number;
  /** Normalized article text. */
  text: string;
}

export interface AnalysisReply {
  id: number;
  /** The analysis, packed: see packedAnalysis. */
  analysis?: PackedAnalysis;
  error?: string;
}

export function serveAnalyses(): void {
  const port = parentPort;
  if (!port) throw new Error('serveAnalyses runs in a worker thread');
  port.on('message', (request: AnalysisRequest) => {
    let reply: AnalysisReply;
    try {
      reply = { id: request.id, analysis: packAnalysis(analyzeArticle(request.text)) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
