// Localization: every user-facing manifest string lives in package.nls.json (referenced as
// "%key%"), and l10n/bundle.l10n.json lists every vscode.l10n.t string of the extension's code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const manifestText = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText);
const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;

describe('manifest localization', () => {
  const placeholders = [...manifestText.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]!);

  it('resolves every %key% of package.json in package.nls.json, and leaves no key unused', () => {
    expect(placeholders.length).toBeGreaterThan(50);
    expect(placeholders.filter((key) => !(key in nls))).toEqual([]);
    expect(Object.keys(nls).filter((key) => !placeholders.includes(key))).toEqual([]);
  });

  it('leaves no user-facing text in package.json itself', () => {
    const c = manifest.contributes;
    const shown: string[] = [
      ...c.commands.map((command: { title: string }) => command.title),
      ...Object.values(c.views as Record<string, { name: string }[]>).flat().map((view) => view.name),
      ...c.viewsWelcome.map((welcome: { contents: string }) => welcome.contents),
      ...Object.values(c.configuration.properties as Record<string, { description?: string; markdownDescription?: string }>).map((p) => p.description ?? p.markdownDescription ?? ''),
      ...c.walkthroughs.flatMap((w: { title: string; steps: { title: string; description: string }[] }) => [w.title, ...w.steps.flatMap((s) => [s.title, s.description])]),
    ];
    expect(shown.filter((text) => !/^%[^%]+%$/.test(text))).toEqual([]);
    expect(manifest.l10n).toBe('./l10n');
  });
});

describe('code localization', () => {
  it('l10n/bundle.l10n.json is up to date with the vscode.l10n.t strings of src/extension', () => {
    const check = spawnSync(process.execPath, [path.join(root, 'scripts', 'l10n-export.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const bundle = JSON.parse(fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
    expect(bundle['Who said it?']).toBe('Who said it?');
    expect(Object.keys(bundle).length).toBeGreaterThan(40);
  });
});
