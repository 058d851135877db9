// `npm run l10n`: writes l10n/bundle.l10n.json, the English source of every vscode.l10n.t('…')
// string in src/extension (the file translators copy to bundle.l10n.<locale>.json). Only string
// literals are collected: a template literal as the key is reported, since it could never match a
// translation. `--check` writes nothing and exits 1 when the bundle is out of date (a unit test runs it).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function collectL10nStrings(dir = path.join(root, 'src', 'extension'), problems = []) {
  const strings = new Set();
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        const source = fs.readFileSync(full, 'utf8');
        for (const match of source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) strings.add(match[1].replace(/\\'/g, "'").replace(/\\\\/g, '\\'));
        // counted(l10n, n, 'one', 'many') (src/extension/panel/nodes.ts) passes both strings to l10n.t.
        for (const match of source.matchAll(/counted\(\s*\w+,\s*[^,]+,\s*'((?:[^'\\]|\\.)*)',\s*'((?:[^'\\]|\\.)*)'/g)) {
          strings.add(match[1]);
          strings.add(match[2]);
        }
        for (const match of source.matchAll(/l10n\.t\(\s*`/g)) problems.push(`${path.relative(root, full)}: vscode.l10n.t with a template literal at offset ${match.index}`);
      }
    }
  };
  walk(dir);
  return Object.fromEntries([...strings].sort().map((s) => [s, s]));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = [];
  const bundle = collectL10nStrings(undefined, problems);
  const file = path.join(root, 'l10n', 'bundle.l10n.json');
  const text = JSON.stringify(bundle, null, 2) + '\n';
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current !== text) problems.push('l10n/bundle.l10n.json is out of date: run npm run l10n');
    for (const problem of problems) console.error(problem);
    process.exit(problems.length > 0 ? 1 : 0);
  }
  for (const problem of problems) console.error(problem);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`l10n/bundle.l10n.json: ${Object.keys(bundle).length} strings`);
  process.exit(problems.length > 0 ? 1 : 0);
}
