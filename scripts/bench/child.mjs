// One measurement in a fresh process; prints its result as JSON on the last line of stdout.
// node scripts/bench/child.mjs <throughput|scaling|anchoring> '<options as JSON>'
import { measureAnchoring } from './anchoring.mjs';
import { loadCore } from './lib.mjs';
import { measureScaling } from './scaling.mjs';
import { measureThroughput } from './throughput.mjs';

const [section, optionsJson = '{}'] = process.argv.slice(2);
const options = JSON.parse(optionsJson);
const core = await loadCore({ reuse: true });
const sections = { throughput: measureThroughput, scaling: measureScaling, anchoring: measureAnchoring };
if (!sections[section]) throw new Error(`unknown section ${section}`);
console.log(JSON.stringify(await sections[section](core, options)));
