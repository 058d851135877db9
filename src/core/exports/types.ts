/**
 * Shared shapes of the exports (W3C Web Annotation, brat standoff, CSV) and imports.
 * Everything here is pure: callers read and write the files.
 */
import type { Annotation, NewAnnotation, TextTarget } from '../annotations/types';

/** One source to export: its path, its text and the annotations stored for it. */
export interface ExportSource {
  /** The source's path relative to the exported folder, with forward slashes (`sub/x.txt`). */
  file: string;
  /**
   * The file's text as stored, decoded but with its BOM and CRLF/CR line endings kept (brat
   * counts offsets over that). Annotation offsets refer to its normalized form (normalizeText).
   * A text that is already normalized works too when the file has LF endings and no BOM.
   */
  text: string;
  annotations: readonly Annotation[];
}

/** A file an export produces: a path relative to the output folder, and its text. */
export interface ExportFile {
  path: string;
  content: string;
}

export interface ExportOptions {
  /** Display names of entity ids (from ScanResult.entities), for speakers and entities without a name. */
  entityNames?: ReadonlyMap<string, string>;
  /** Called for annotations that cannot be exported (orphans: their text is no longer in the source). */
  onProblem?: (file: string, message: string) => void;
}

/** An annotation read back from an exported file, ready to merge into a sidecar. */
export interface ImportedAnnotation {
  /** The id it had in the sidecar it was exported from, when the format keeps ids (W3C). */
  id?: string;
  fields: Omit<NewAnnotation, 'target'>;
  /** Selectors over the normalized text of the source. */
  target: TextTarget;
}

/** A problem met while reading an exported file; `line` is 1-based when the format has lines. */
export interface ImportProblem {
  message: string;
  line?: number;
}
