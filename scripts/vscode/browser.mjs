// Debian's Chromium driven by playwright-core (never a downloaded browser).
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './config.mjs';

/** @returns {Promise<import('playwright-core').Browser>} */
export async function launchBrowser(env, timeoutMs = 30_000) {
  if (!fs.existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing (apt-get install -y chromium)`);
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs, env, timeout: timeoutMs });
}

/** Closes the browser, but never waits on it for longer than timeoutMs. */
export async function closeBrowser(browser, timeoutMs = 5_000) {
  if (!browser) return;
  await Promise.race([browser.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
}
