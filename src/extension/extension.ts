import type * as vscode from 'vscode';
import { registerArticleLanguage } from './articleLanguage/articleLanguage';
import { registerHighlights } from './highlights/highlights';
import { registerHovers } from './hovers/hovers';
import { registerNavigation } from './navigation/navigation';
import { registerStatusBar } from './statusBar/statusBar';
import { registerWalkthrough } from './walkthrough/walkthrough';
import { annotationsFeature } from './annotations/feature';
import { createServices, type Services } from './services';
import type { Analyzer } from './workspace/analyzer';
import type { ReadFileNow } from './workspace/workspaceIndex';

/** Each feature registers its providers, commands and views into context.subscriptions. */
type Feature = (services: Services) => void;

const FEATURES: Feature[] = [registerArticleLanguage, registerHighlights, registerHovers, registerNavigation, registerStatusBar, registerWalkthrough, annotationsFeature];

export interface NewslensApi {
  readonly services: Services;
  /** Resolves once the first indexing of the workspace has finished. */
  readonly ready: Promise<void>;
  /**
   * How long the bundle took to load and activate() to run, in this host, and each part of
   * activate(): the services, then each feature by its function's name (for `npm run bench`).
   */
  readonly activation: { loadMs: number | null; activateMs: number; partsMs: Record<string, number> };
}


/**
 * Activation shared by the desktop (node.ts) and web (web.ts) entries; they differ only
 * in where the engine runs, and in whether files can be read at once (`readFileNow`, desktop only).
 */
export function activateWith(context: vscode.ExtensionContext, analyzer: Analyzer, readFileNow?: ReadFileNow): NewslensApi {
  const started = performance.now();
  const services = createServices(context, analyzer, readFileNow);
  const partsMs: Record<string, number> = { createServices: performance.now() - started };
  for (const feature of FEATURES) {
    const featureStarted = performance.now();
    feature(services);
    partsMs[feature.name] = performance.now() - featureStarted;
  }
  // Heavy work starts after activation returns, so activation itself stays fast.
  const ready = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => services.workspace.start());
  // Set by the bundle's first line (see scripts/build.mjs), so module loading can be timed.
  const loadStarted = (globalThis as { __newslensLoadStarted?: number }).__newslensLoadStarted;
  const activation = { loadMs: loadStarted === undefined ? null : started - loadStarted, activateMs: performance.now() - started, partsMs };
  return { services, ready, activation };
}
