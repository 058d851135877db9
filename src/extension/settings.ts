import * as vscode from 'vscode';

/** Newslens settings as one typed, read-only object; re-read when the configuration changes. */
export interface Settings {
  /** Globs of article files (relative to the workspace folder). */
  readonly sources: readonly string[];
  /** Files over this many bytes are not analysed. */
  readonly maxFileBytes: number;
  /** Milliseconds to wait after typing before re-analysing. */
  readonly debounceMs: number;
  readonly highlights: {
    readonly enabled: boolean;
    readonly person: boolean;
    readonly organization: boolean;
    readonly place: boolean;
    readonly date: boolean;
    readonly quotes: boolean;
    /** How a quote shows its speaker. */
    readonly speaker: 'inlay' | 'endOfLine' | 'off';
  };
}

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('newslens');
  return {
    sources: c.get<string[]>('sources', ['**/*.txt']),
    maxFileBytes: c.get<number>('maxFileBytes', 10 * 1024 * 1024),
    debounceMs: c.get<number>('debounceMs', 300),
    highlights: {
      enabled: c.get<boolean>('highlights.enabled', true),
      person: c.get<boolean>('highlights.person', true),
      organization: c.get<boolean>('highlights.organization', true),
      place: c.get<boolean>('highlights.place', true),
      date: c.get<boolean>('highlights.date', true),
      quotes: c.get<boolean>('highlights.quotes', true),
      speaker: c.get<'inlay' | 'endOfLine' | 'off'>('highlights.speaker', 'endOfLine'),
    },
  };
}
