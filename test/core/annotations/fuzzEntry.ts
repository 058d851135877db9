// Entry point bundled by scripts/fuzz.mjs.
export { runFuzz } from './editFuzz';
export { FIXTURE_TEXTS } from './fixtures';
