// Tokenizes text with the news-article grammar through VS Code's own TextMate engine
// (vscode-textmate and vscode-oniguruma as shipped inside the running VS Code).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as vscode from 'vscode';
import { ExtensionId } from './helpers';

export interface SyntaxToken {
  /** The token's text. */
  c: string;
  /** Its scopes, space-separated. */
  t: string;
}

interface TextMateGrammar {
  tokenizeLine(line: string, stack: unknown): { tokens: { startIndex: number; endIndex: number; scopes: string[] }[]; ruleStack: unknown };
}

let grammar: Promise<TextMateGrammar> | undefined;

function loadGrammar(): Promise<TextMateGrammar> {
  grammar ??= (async () => {
    const fromVsCode = createRequire(path.join(vscode.env.appRoot, 'package.json'));
    /* eslint-disable @typescript-eslint/no-require-imports */
    const textmate = fromVsCode('vscode-textmate') as {
      Registry: new (options: unknown) => { loadGrammar(scope: string): Promise<TextMateGrammar | null> };
      parseRawGrammar(content: string, filePath: string): unknown;
      INITIAL: unknown;
    };
    const oniguruma = fromVsCode('vscode-oniguruma') as {
      loadWASM(data: ArrayBuffer): Promise<void>;
      OnigScanner: new (patterns: string[]) => unknown;
      OnigString: new (text: string) => unknown;
    };
    const wasm = fs.readFileSync(path.join(path.dirname(fromVsCode.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const extension = vscode.extensions.getExtension(ExtensionId)!;
    const contribution = (extension.packageJSON.contributes.grammars as { language: string; scopeName: string; path: string }[]).find((g) => g.language === 'news-article')!;
    const grammarPath = path.join(extension.extensionPath, contribution.path);
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scope: string) => (scope === contribution.scopeName ? textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null),
    });
    const loaded = await registry.loadGrammar(contribution.scopeName);
    if (!loaded) throw new Error(`grammar ${contribution.scopeName} did not load`);
    const initial = textmate.INITIAL;
    return { tokenizeLine: (line, stack) => loaded.tokenizeLine(line, stack ?? initial) };
  })();
  return grammar;
}

export async function tokenize(text: string): Promise<SyntaxToken[]> {
  const loaded = await loadGrammar();
  const tokens: SyntaxToken[] = [];
  let stack: unknown = undefined;
  for (const line of text.split(/\r?\n/)) {
    const result = loaded.tokenizeLine(line, stack);
    for (const token of result.tokens) tokens.push({ c: line.slice(token.startIndex, token.endIndex), t: token.scopes.join(' ') });
    stack = result.ruleStack;
  }
  return tokens;
}
