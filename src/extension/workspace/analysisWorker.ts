/** Worker thread entry of the desktop extension (dist/analysisWorker.js), started by nodeAnalyzer.ts. */
import { serveAnalyses } from '../../node/analysisWorker';

serveAnalyses();
