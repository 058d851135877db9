// What activation loads: dist/extension.js (built as scripts/build-config.mjs says) must not carry
// the engine; the index, annotations, YAML and analysis come from dist/engine.js on first use.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

async function bundleInputs(outfile: string): Promise<string[]> {
  const config = path.join(root, 'scripts/build-config.mjs');
  const { bundles } = (await import(pathToFileURL(config).href)) as { bundles: BuildOptions[] };
  const options = bundles.find((b) => b.outfile === outfile)!;
  const result = await build({ ...options, absWorkingDir: root, write: false, metafile: true, sourcemap: false, logLevel: 'silent' });
  return Object.keys(result.metafile!.inputs);
}

describe('the activation bundle', () => {
  it('dist/extension.js holds no engine module and requires dist/engine.js instead', async () => {
    const inputs = await bundleInputs('dist/extension.js');
    expect(inputs).toContain('src/extension/extension.ts');
    const engineParts = inputs.filter((file) => /^src\/core\/(analysis|corpus|annotations\/(?!types|ids))|node_modules\/(yaml|diff|approx-string-match)\//.test(file));
    // packedAnalysis.ts only decodes the workers' replies (typed arrays), no analysis code.
    expect(engineParts.filter((file) => file !== 'src/core/analysis/packedAnalysis.ts')).toEqual([]);
  });

  it('dist/engine.js has the index, the annotations with their YAML, and the analysis', async () => {
    const inputs = await bundleInputs('dist/engine.js');
    for (const part of ['src/core/corpus/index.ts', 'src/core/annotations/sidecar.ts', 'src/core/analysis/pipeline.ts']) expect(inputs).toContain(part);
    expect(inputs.some((file) => file.startsWith('node_modules/yaml/'))).toBe(true);
  });
});
