/**
 * What the extension host uses of the engine: the cross-reference index, the annotation sidecars
 * (and their YAML), the registry edits, and the analysis itself where it runs in line (web host).
 * That is most of the code, so the extension reaches it only through engine() (engine.ts), on
 * first use after activation; on the desktop it is a bundle of its own (dist/engine.js).
 */
export { analyzeArticle } from '../core/analysis/pipeline';
export { CorpusIndex, entityIdFor } from '../core/corpus/index';
export { mergeEntities, renameEntity, splitEntity } from '../core/corpus/registryEdit';
export {
  addAnnotation,
  buildTarget,
  createSidecar,
  isWritable,
  mergeDetected,
  parseSidecar,
  removeAnnotation,
  serializeSidecar,
  setSourceHash,
  setTarget,
  sourceTextHash,
  updateStatus,
} from '../core/annotations/index';
export { parseDocument } from 'yaml';
export { resolveAnnotations } from './annotations/resolveSidecar';
export { upsertItem } from './annotations/upsert';
