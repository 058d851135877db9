// The annotation store: sidecar model, YAML read/write, anchoring. Pure: no fs, no node builtins.
export * from './types';
export { newAnnotationId, seededIdSource, systemIdSource, mulberry32 } from './ids';
export { sourceTextHash } from './sha256';
export { linkPathProblem, isSafeLinkPath } from './paths';
export {
  buildTarget,
  prepareText,
  reanchor,
  QUOTE_THRESHOLD,
  type AnchorResult,
  type AnchorStatus,
  type PreparedText,
} from './anchor';
export {
  parseSidecar,
  createSidecar,
  serializeSidecar,
  isWritable,
  SidecarNotWritableError,
  MAX_SIDECAR_LENGTH,
  type Sidecar,
} from './sidecar';
export {
  addAnnotation,
  updateAnnotation,
  patchAnnotation,
  updateStatus,
  removeAnnotation,
  setTarget,
  retarget,
  setSourceHash,
  findAnnotation,
  type AnnotationPatch,
  type EditOutcome,
} from './edit';
export { mergeDetected, type DetectedContext, type MergeSummary } from './detected';
export { checkSidecar, fixMovedAnchors, type AnchorReport, type SidecarCheck } from './check';
