import type * as EngineModules from './engineModules';

export type Engine = typeof EngineModules;

let loaded: Engine | undefined;

/**
 * The engine's modules, loaded on first use. Activation never calls this, so loading the
 * extension evaluates only the small part that registers commands, views and providers; the
 * workspace index calls it right after activation. The desktop build resolves './engineModules'
 * to the separate bundle dist/engine.js; the web build keeps it in the same file.
 */
export function engine(): Engine {
  return (loaded ??= require('./engineModules') as Engine);
}
