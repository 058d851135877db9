// The folder the workbench opens: a scratch copy of samples/*.txt plus the integration fixtures,
// so tests never write into the repository and always have a deterministic article.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './config.mjs';

const sources = [path.join(repoRoot, 'samples'), path.join(repoRoot, 'test', 'integration', 'fixtures')];

/**
 * Copies article .txt files (and their sidecars) into target; returns the copied file names.
 * settings, when given, go to target/.vscode/settings.json (hidden from the explorer).
 */
export function prepareWorkspace(target, settings) {
  if (settings) {
    fs.mkdirSync(path.join(target, '.vscode'), { recursive: true });
    const withHidden = { 'files.exclude': { '.vscode': true }, ...settings };
    fs.writeFileSync(path.join(target, '.vscode', 'settings.json'), `${JSON.stringify(withHidden, null, 2)}\n`);
  }
  const copied = [];
  for (const source of sources) {
    if (!fs.existsSync(source)) continue;
    for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
      if (!entry.isFile() || !/\.txt(\.annotations\.yaml)?$/.test(entry.name)) continue;
      fs.copyFileSync(path.join(source, entry.name), path.join(target, entry.name));
      copied.push(entry.name);
    }
  }
  return copied;
}
