/**
 * The annotation sidecar model, schema version 1 (`x.txt` -> `x.txt.annotations.yaml`).
 * Offsets are Unicode code points over the normalized source text, end exclusive.
 * schemas/annotations.schema.json describes the same shape for YAML editors.
 */
import type { EntityType, QuoteKind } from '../model';

export const SCHEMA_VERSION = 1;
export const SIDECAR_SUFFIX = '.annotations.yaml';
/** W3C TextQuoteSelector context length, in code points (less only at the text's edges). */
export const CONTEXT_LENGTH = 32;

export type AnnotationStatus = 'detected' | 'confirmed' | 'rejected';
export const ANNOTATION_STATUSES: readonly AnnotationStatus[] = ['detected', 'confirmed', 'rejected'];

/** entity, quote and note are known; other lowercase type names are allowed and kept. */
export type AnnotationType = 'entity' | 'quote' | 'note' | (string & {});

/** A W3C TextQuoteSelector and TextPositionSelector for the same span. */
export interface TextTarget {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface EntityFields {
  type: EntityType;
  /** Folder-wide entity id, e.g. `person:vladimir-putin`. */
  id: string;
  name?: string;
}

export interface QuoteFields {
  kind: QuoteKind;
  /** Entity id of the speaker. */
  speaker?: string;
  group?: string;
}

/** A link to an annotation in another source: a workspace-relative posix path and an id. */
export interface AnnotationLink {
  file: string;
  id: string;
}

export interface Annotation {
  id: string;
  type: AnnotationType;
  target: TextTarget;
  status?: AnnotationStatus;
  entity?: EntityFields;
  quote?: QuoteFields;
  note?: string;
  tags?: string[];
  links?: AnnotationLink[];
  author?: string;
  /** ISO 8601 time of creation. */
  created?: string;
}

export interface SidecarHeader {
  version: number;
  /** The source file's name, relative to the sidecar's folder. */
  file: string;
  /** `sha256:<hex>` of the normalized source text the positions refer to. */
  hash: string;
}

export type IssueSeverity = 'error' | 'warning';

/** A problem in a sidecar, with a 1-based line and column in the YAML text. */
export interface SidecarIssue {
  severity: IssueSeverity;
  message: string;
  line: number;
  column: number;
  /** Id of the annotation concerned, when there is one. */
  annotationId?: string;
}

/** Fields a caller gives for a new annotation; id and created are filled in. */
export interface NewAnnotation {
  type: AnnotationType;
  target: TextTarget;
  status?: AnnotationStatus;
  entity?: EntityFields;
  quote?: QuoteFields;
  note?: string;
  tags?: string[];
  links?: AnnotationLink[];
  author?: string;
  created?: string;
}

/** Clock and randomness for ids and creation times; injectable so tests are deterministic. */
export interface IdSource {
  /** Milliseconds since the epoch. */
  now(): number;
  /** A number in [0, 1). */
  random(): number;
}
