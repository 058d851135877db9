/** Merge Entities, Split Entity, Rename Canonical Entity: written to newslens.entities.yaml at the folder root. */
import * as vscode from 'vscode';
import type { EntityRef } from '../../core/corpus/registryEdit';
import { engine } from '../engine';
import type { EntitySummary, ScanResult } from '../../core/model';
import { readFileText, writeFileText } from '../annotations/fileWriter';
import type { Services } from '../services';
import { REGISTRY_FILE } from '../workspace/workspaceIndex';
import { CommandId } from './commandIds';
import { argumentsOf, reporting } from './editorContext';
import { pickEntity, pickMany } from './pickers';

interface MergeArgs {
  /** Entity ids: `absorb` becomes an alias of `keep`. */
  keep: string;
  absorb: string;
  /** From a view item: the entity the command was run on. */
  entity: string;
}

interface SplitArgs {
  entity: string;
  aliases: string[];
  newName: string;
}

interface RenameArgs {
  entity: string;
  newName: string;
}

export function registerRegistryCommands(services: Services): vscode.Disposable[] {
  const entities = (): EntitySummary[] => services.workspace.result().entities;
  const byId = (id: string | undefined): EntitySummary | undefined => entities().find((e) => e.id === id);
  const result = (): ScanResult => services.workspace.result();

  const merge = async (arg?: unknown): Promise<boolean> => {
    const args = argumentsOf<MergeArgs>(arg);
    const absorb = byId(args.absorb ?? (args.keep ? undefined : args.entity)) ?? (await pickEntity(result(), vscode.l10n.t('Merge which entity into another?')));
    if (!absorb) return false;
    const keep = byId(args.keep) ?? (await pickEntity(result(), vscode.l10n.t('Merge “{0}” into which {1} entity?', absorb.name, absorb.type), (e) => e.type === absorb.type && e.id !== absorb.id));
    if (!keep) return false;
    await editRegistry((text) => engine().mergeEntities(text, refOf(keep), refOf(absorb)));
    return true;
  };

  const split = async (arg?: unknown): Promise<boolean> => {
    const args = argumentsOf<SplitArgs>(arg);
    const entity = byId(args.entity) ?? (await pickEntity(result(), vscode.l10n.t('Split which entity?'), (e) => e.aliases.some((a) => a !== e.name)));
    if (!entity) return false;
    const others = entity.aliases.filter((a) => a !== entity.name);
    const aliases = args.aliases ?? (await pickMany(others.map((a) => ({ label: a, value: a })), `Which names of “${entity.name}” are a different ${entity.type}?`));
    if (!aliases || aliases.length === 0) return false;
    const newName = args.newName ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Canonical name of the other entity'), value: [...aliases].sort((a, b) => b.length - a.length)[0] }));
    if (!newName?.trim()) return false;
    await editRegistry((text) => engine().splitEntity(text, refOf(entity), aliases, newName.trim()));
    return true;
  };

  const rename = async (arg?: unknown): Promise<boolean> => {
    const args = argumentsOf<RenameArgs>(arg);
    const entity = byId(args.entity) ?? (await pickEntity(result(), vscode.l10n.t('Rename which entity?')));
    if (!entity) return false;
    const newName = args.newName ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('New canonical name for “{0}”', entity.name), value: entity.name }));
    if (!newName?.trim() || newName.trim() === entity.name) return false;
    await editRegistry((text) => engine().renameEntity(text, refOf(entity), newName.trim()));
    return true;
  };

  return [
    vscode.commands.registerCommand(CommandId.MergeEntities, reporting(merge)),
    vscode.commands.registerCommand(CommandId.SplitEntity, reporting(split)),
    vscode.commands.registerCommand(CommandId.RenameEntity, reporting(rename)),
  ];
}

function refOf(entity: EntitySummary): EntityRef {
  return { name: entity.name, type: entity.type, aliases: entity.aliases };
}

/** Applies an edit to the registry file's text; a registry that does not parse is left alone. */
async function editRegistry(edit: (text: string) => string): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('open a folder first: the registry lives at its root');
  const uri = vscode.Uri.joinPath(folder.uri, REGISTRY_FILE);
  const read = await readFileText(uri);
  const errors = read.text ? engine().parseDocument(read.text).errors : [];
  if (errors.length > 0) {
    const position = errors[0]!.linePos?.[0];
    throw new Error(`${REGISTRY_FILE} has an error${position ? ` at line ${position.line}, column ${position.col}` : ''} (${errors[0]!.message.split('\n')[0]}); fix it first`);
  }
  await writeFileText(uri, read, edit(read.text ?? ''));
  // The index watches the file; a dirty open buffer is not on disk yet, so say so.
  if (read.document?.isDirty) void vscode.window.showInformationMessage(vscode.l10n.t('Newslens: {0} changed in its editor; save it to apply.', REGISTRY_FILE));
}
