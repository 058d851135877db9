// The manifest (package.json) and the code agree: every command id in commandIds.ts is contributed
// with the Newslens category, menus and keybindings name contributed commands, every view has a provider id.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
/** A manifest string as VS Code shows it: "%key%" resolved through package.nls.json. */
const shown = (value: string): string => value.replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? value);
const ids = fs.readFileSync(path.join(root, 'src/extension/commands/commandIds.ts'), 'utf8');
const enumValues = (name: string): string[] => {
  const body = ids.slice(ids.indexOf(`export const enum ${name}`), ids.indexOf('}', ids.indexOf(`export const enum ${name}`)));
  return [...body.matchAll(/= '([^']+)'/g)].map((m) => m[1]!);
};
const contributed = new Set<string>(pkg.contributes.commands.map((c: { command: string }) => c.command));

describe('package.json contributions of the panel and commands', () => {
  const commands = enumValues('CommandId');

  it('contributes every public command under the Newslens category, and no internal one', () => {
    for (const id of commands) {
      if (id.startsWith('_')) expect(contributed.has(id), id).toBe(false);
      else expect(pkg.contributes.commands.find((c: { command: string }) => c.command === id)?.category, id).toBe('Newslens');
    }
  });

  it('menus and keybindings only name contributed commands', () => {
    const named = [...Object.values(pkg.contributes.menus as Record<string, { command: string }[]>).flat(), ...pkg.contributes.keybindings].map((m) => m.command);
    for (const id of named) expect(contributed.has(id), id).toBe(true);
    const keyed = pkg.contributes.keybindings.map((k: { command: string }) => k.command);
    expect(keyed).toEqual(expect.arrayContaining(['newslens.annotateSelection', 'newslens.confirm', 'newslens.reject']));
  });

  it('declares the five views in the Newslens container, with an icon file that exists', () => {
    const views = enumValues('ViewId').filter((v) => v !== 'newslens');
    expect(pkg.contributes.views.newslens.map((v: { id: string }) => v.id)).toEqual(views);
    const container = pkg.contributes.viewsContainers.activitybar.find((c: { id: string }) => c.id === 'newslens');
    expect(fs.existsSync(path.join(root, container.icon))).toBe(true);
    expect(fs.existsSync(path.join(root, pkg.icon))).toBe(true);
  });

  it('welcome content links only to commands that exist', () => {
    const builtins = new Set(['vscode.openFolder', 'workbench.action.openSettings', 'workbench.action.quickOpen']);
    for (const welcome of pkg.contributes.viewsWelcome) {
      const links = [...shown(welcome.contents as string).matchAll(/\(command:([\w.]+)/g)];
      expect(links.length, welcome.view).toBeGreaterThan(0);
      for (const [, id] of links) expect(contributed.has(id!) || builtins.has(id!), id).toBe(true);
    }
  });

  it('wraps article paragraphs and does not flag typographic quotes as suspicious in articles', () => {
    expect(pkg.contributes.configurationDefaults['[news-article]']).toEqual({ 'editor.wordWrap': 'on', 'editor.unicodeHighlight.ambiguousCharacters': false });
  });

  it('nests sidecars under their articles in the explorer', () => {
    expect(pkg.contributes.configurationDefaults['explorer.fileNesting.patterns']['*.txt']).toBe('${capture}.txt.annotations.yaml');
  });
});
