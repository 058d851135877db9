/**
 * Localization for modules that do not import vscode (the panel models, hover markdown): they take
 * a Localizer, which their vscode-side callers pass as `vscode.l10n`; tests use ENGLISH.
 * `npm run l10n` collects their l10n.t('…') and counted(…) strings into l10n/bundle.l10n.json.
 */
/** vscode.l10n's shape. */
export interface Localizer {
  t(message: string, ...args: (string | number | boolean)[]): string;
}

/** The English strings themselves, as vscode.l10n.t gives them without a translation. */
export const ENGLISH: Localizer = {
  t: (message, ...args) => message.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : whole)),
};

/** "1 source" / "3 sources": two strings ({0} is the count), since languages count differently. */
export function counted(l10n: Localizer, count: number, one: string, many: string): string {
  return count === 1 ? l10n.t(one, count) : l10n.t(many, count);
}
