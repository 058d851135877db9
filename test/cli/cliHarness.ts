/** Builds the CLI once per test file into a temporary folder and runs it as a user would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function buildCli(): Promise<(args: string[], cwd?: string) => CliRun> {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'newslens-cli-')), 'cli.js');
  await build({ entryPoints: [path.resolve(__dirname, '../../src/cli/main.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error' });
  return (args, cwd) => {
    const run = spawnSync(process.execPath, [outfile, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
    return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
  };
}
