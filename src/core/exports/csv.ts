/**
 * CSV for spreadsheets: one row per annotation (or per detected mention), RFC 4180 (fields
 * with commas, quotes or line breaks are quoted, quotes doubled, CRLF between records).
 * Article text is untrusted: a field starting with =, +, -, @, tab or CR gets a leading
 * single quote so spreadsheets show it as text instead of running it as a formula
 * (OWASP "CSV injection"). start/end are code points over the normalized text.
 */
import { anchorSource, entityNamesOf } from './anchored';
import type { ExportFile, ExportOptions, ExportSource } from './types';

export const CSV_COLUMNS = [
  'source', 'type', 'text', 'entity', 'speaker', 'group', 'status', 'note', 'start', 'end',
  'id', 'entity_id', 'speaker_id', 'kind', 'tags',
] as const;

export const DEFAULT_CSV_FILE = 'newslens-annotations.csv';

export interface CsvExportOptions extends ExportOptions {
  /** Start with a UTF-8 byte order mark so Excel reads the file as UTF-8. */
  excelBom?: boolean;
  /** Output file name (default newslens-annotations.csv). */
  fileName?: string;
}

export function exportCsv(sources: readonly ExportSource[], options: CsvExportOptions = {}): ExportFile[] {
  const anchored = sources.map((s) => anchorSource(s, options));
  const names = entityNamesOf(anchored, options.entityNames);
  const lines = [CSV_COLUMNS.join(',')];
  for (const source of anchored) {
    for (const item of source.items) {
      const a = item.annotation;
      const speaker = a.quote?.speaker;
      const row: Record<(typeof CSV_COLUMNS)[number], string> = {
        source: source.file,
        type: a.entity?.type ?? a.type,
        text: item.exact,
        entity: a.entity ? a.entity.name ?? names.get(a.entity.id) ?? a.entity.id : '',
        speaker: speaker ? names.get(speaker) ?? speaker : '',
        group: a.quote?.group ?? '',
        status: a.status ?? '',
        note: a.note ?? '',
        start: String(item.start),
        end: String(item.end),
        id: a.id,
        entity_id: a.entity?.id ?? '',
        speaker_id: speaker ?? '',
        kind: a.quote?.kind ?? '',
        tags: (a.tags ?? []).join(' '),
      };
      lines.push(CSV_COLUMNS.map((column) => csvField(row[column])).join(','));
    }
  }
  const content = (options.excelBom ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
  return [{ path: options.fileName ?? DEFAULT_CSV_FILE, content }];
}

/** One field: defused against formula injection, then quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Parses RFC 4180 CSV into rows of fields (a leading BOM is skipped). For reading exports back. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
