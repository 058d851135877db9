/** Worker thread entry: analyses article texts posted by WorkerAnalyzer. */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../../core/analysis/pipeline';

parentPort?.on('message', (message: { id: number; text: string }) => {
  try {
    parentPort!.postMessage({ id: message.id, analysis: analyzeArticle(message.text) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
