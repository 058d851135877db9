// Bundles the extension (vscode external), its engine and worker, the web entry and the CLI with esbuild.
import { build } from 'esbuild';
import { bundles } from './build-config.mjs';

await Promise.all(bundles.map((options) => build(options)));
