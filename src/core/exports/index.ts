// Exports of annotations to formats other tools read, and imports back into sidecars. Pure: no fs.
export * from './types';
export { FileOffsets } from './fileOffsets';
export { exportW3c, W3C_CONTEXT, type W3cExportOptions } from './w3c';
export { iriOf, pathOfIri } from './paths';
export { importW3c, resolveW3cTarget, type W3cAnnotation, type W3cImport, type W3cImportOptions } from './w3cImport';
export { exportBrat, bratLabel, BRAT_CONF_FILE, type BratExportOptions } from './brat';
export { importBrat, type BratImport } from './bratImport';
export { exportCsv, csvField, parseCsv, CSV_COLUMNS, DEFAULT_CSV_FILE, type CsvExportOptions } from './csv';
export { importIntoSidecar, type ImportSummary } from './merge';
export { exportAnnotations, EXPORT_FORMATS, type AnyExportOptions, type ExportFormat } from './formats';
