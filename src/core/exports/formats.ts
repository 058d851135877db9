// One entry point over the formats, for callers that let the user pick one (the CLI, an editor command).
import { exportBrat, type BratExportOptions } from './brat';
import { exportCsv, type CsvExportOptions } from './csv';
import type { ExportFile, ExportSource } from './types';
import { exportW3c, type W3cExportOptions } from './w3c';

export const EXPORT_FORMATS = ['w3c', 'brat', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type AnyExportOptions = W3cExportOptions & BratExportOptions & CsvExportOptions;

export function exportAnnotations(format: ExportFormat, sources: readonly ExportSource[], options: AnyExportOptions = {}): ExportFile[] {
  switch (format) {
    case 'w3c':
      return exportW3c(sources, options);
    case 'brat':
      return exportBrat(sources, options);
    case 'csv':
      return exportCsv(sources, options);
  }
}
