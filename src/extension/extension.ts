import type * as vscode from 'vscode';

/** Activation is a list of features; each registers its own disposables. */
export function activate(context: vscode.ExtensionContext): void {
  void context;
}

export function deactivate(): void {}
