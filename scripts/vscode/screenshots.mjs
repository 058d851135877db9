// `npm run screenshots`: a VS Code server WITHOUT the smoke-test driver (so the UI behaves as for a
// person, notifications included), the packaged extension installed, the samples folder open with an
// article in the editor; saves PNGs to media/screenshots/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { closeBrowser, launchBrowser } from './browser.mjs';
import { repoRoot, serverMain as serverMainPath } from './config.mjs';
import { ensureToolchain } from './install.mjs';
import { installVsix, packageVsix } from './package-extension.mjs';
import { isolatedEnv, makeRunDir, startServer } from './server.mjs';
import { prepareWorkspace } from './workspace.mjs';

const outDir = path.join(repoRoot, 'media', 'screenshots');
const Attempts = 3;
// A calm workbench: the scratch workspace sits inside the repo's git tree, and nothing here is signed in.
const WorkspaceSettings = {
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'editor.wordWrap': 'on', // articles are long paragraphs
  'editor.minimap.enabled': false,
};
const log = (msg) => console.log(`[screenshots] ${msg}`);

let server;
let browser;
let run;
async function cleanUp() {
  await closeBrowser(browser);
  browser = undefined;
  if (server) await server.stop();
  server = undefined;
  run?.dispose();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

function installExtension(nodeBin, run) {
  const vsix = packageVsix(run.dir);
  log(`installed ${path.basename(vsix)}: ${installVsix(nodeBin, serverMainPath, run, vsix, isolatedEnv(run))}`);
}

/** Prefer a real sample article; the fixture keeps this working while samples/ is empty. */
function pickArticle(files) {
  const articles = files.filter((name) => name.endsWith('.txt'));
  return articles.find((name) => !name.startsWith('fixture-')) ?? articles[0];
}

/** Runs a command by its title through the palette (F1); best effort, for commands with visible effects. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 5_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 5_000 });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
}

async function openFileByQuickOpen(page, fileName) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 30_000 }).catch(() => {});
  // The Welcome page would sit beside the article.
  await runCommand(page, 'View: Close All Editors').catch(() => page.keyboard.press('Escape'));
  // An empty chat side bar otherwise takes a quarter of the picture.
  await runCommand(page, 'View: Hide Secondary Side Bar').catch(() => page.keyboard.press('Escape'));
  const tab = page.locator(`.tabs-container .tab[data-resource-name="${fileName}"], .tabs-container .tab[aria-label^="${fileName}"]`);
  for (let attempt = 1; attempt <= 10 && !(await tab.count()); attempt++) {
    // F1 opens the palette with ">"; removing it turns the palette into Go to File.
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 5_000 }).catch(() => {});
    await input.fill(fileName).catch(() => {});
    await page.waitForTimeout(800);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1_000);
  }
  if (!(await tab.count())) throw new Error(`could not open ${fileName} through Go to File`);
  await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: 15_000 });
}

async function shoot(page, run, article) {
  const url = `${server.origin}/?folder=${encodeURIComponent(run.workspace)}`;
  await page.goto(url, { timeout: 60_000 });
  await openFileByQuickOpen(page, article);
  await page.waitForTimeout(3_000); // let activation, decorations and the explorer settle
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'workbench-article.png');
  await page.screenshot({ path: file, timeout: 30_000 });
  return [file];
}

async function main() {
  const { nodeBin, serverMain } = ensureToolchain();
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');

  run = makeRunDir('screenshots');
  const article = pickArticle(prepareWorkspace(run.workspace, WorkspaceSettings));
  if (!article) throw new Error('no .txt article to open');
  installExtension(nodeBin, run);

  server = await startServer({ nodeBin, serverMain, run, smokeTestDriver: false });
  log(`server up at ${server.origin}; opening ${article}`);
  browser = await launchBrowser(isolatedEnv(run));
  let lastError;
  for (let attempt = 1; attempt <= Attempts; attempt++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      const files = await shoot(page, run, article);
      for (const file of files) log(`saved ${path.relative(repoRoot, file)}`);
      return;
    } catch (error) {
      lastError = error;
      log(`attempt ${attempt} failed: ${error.message.split('\n')[0]}`);
    } finally {
      await context.close().catch(() => {});
    }
  }
  throw lastError;
}

let status = 0;
try {
  await main();
} catch (error) {
  console.error(`[screenshots] failed: ${error.stack ?? error}`);
  status = 1;
} finally {
  await cleanUp();
}
process.exit(status);
