/** Quick picks the commands share: entity type, entity, speaker, quote group. Undefined = cancelled. */
import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntitySummary, type EntityType, type ScanResult } from '../../core/model';
import { quoteGroupsWithSingles } from '../panel/quotesModel';
import { shorten } from '../panel/nodes';

interface Item<T> extends vscode.QuickPickItem {
  value: T;
}

async function pick<T>(items: Item<T>[], title: string, placeHolder?: string): Promise<T | undefined> {
  const chosen = await vscode.window.showQuickPick(items, { title, placeHolder, matchOnDescription: true, matchOnDetail: true });
  return chosen?.value;
}

export function pickEntityType(initial?: EntityType): Promise<EntityType | undefined> {
  const labels: Record<EntityType, string> = { PERSON: vscode.l10n.t('Person'), ORG: vscode.l10n.t('Organization'), PLACE: vscode.l10n.t('Place'), DATE: vscode.l10n.t('Date') };
  const items = ENTITY_TYPES.map((type) => ({ label: labels[type], description: type, value: type, picked: type === initial }));
  if (initial) items.sort((a, b) => Number(b.value === initial) - Number(a.value === initial));
  return pick(items, vscode.l10n.t('Annotate as which kind of entity?'));
}

function entityItem(e: EntitySummary): Item<EntitySummary> {
  const aliases = e.aliases.filter((a) => a !== e.name);
  return { label: e.name, description: `${e.type} · ${e.mentions}× in ${e.sources.length} source(s)`, detail: aliases.length ? `aka ${aliases.join(', ')}` : undefined, value: e };
}

/** An existing entity of the type, or a new one named after the selection: returns [id, name]. */
export async function pickCanonicalEntity(
  result: ScanResult,
  type: EntityType,
  selectedText: string,
  entityIdFor: (type: EntityType, name: string) => string,
  suggested?: string,
): Promise<{ id: string; name: string } | undefined> {
  const name = shorten(selectedText, 200);
  const fresh: Item<{ id: string; name: string }> = { label: `$(add) ${vscode.l10n.t('New entity “{0}”', name)}`, description: type, value: { id: entityIdFor(type, name), name } };
  const existing = result.entities.filter((e) => e.type === type).map((e) => ({ ...entityItem(e), value: { id: e.id, name: e.name } }));
  // What the engine linked this text to comes first.
  existing.sort((a, b) => Number(b.value.id === suggested) - Number(a.value.id === suggested));
  const items = existing[0]?.value.id === suggested ? [existing[0]!, fresh, ...existing.slice(1)] : [fresh, ...existing];
  return pick(items, vscode.l10n.t('Which entity is this?'), vscode.l10n.t('Pick the canonical entity, or create a new one'));
}

export function pickEntity(result: ScanResult, title: string, filter: (e: EntitySummary) => boolean = () => true): Promise<EntitySummary | undefined> {
  return pick(result.entities.filter(filter).map(entityItem), title);
}

/** A person (or organization) as speaker; null means "unknown speaker". */
export function pickSpeaker(result: ScanResult): Promise<string | null | undefined> {
  const people = result.entities.filter((e) => e.type === 'PERSON' || e.type === 'ORG').map((e) => ({ ...entityItem(e), value: e.id as string | null }));
  return pick([{ label: `$(circle-slash) ${vscode.l10n.t('Unknown speaker')}`, value: null }, ...people], vscode.l10n.t('Who said it?'));
}

export function pickQuoteGroup(result: ScanResult, exclude?: string | null): Promise<string | undefined> {
  const names = new Map(result.entities.map((e) => [e.id, e.name]));
  const items = quoteGroupsWithSingles(result)
    .filter((g) => !g.id.startsWith('single:') && g.id !== exclude)
    .map((g) => {
      const longest = g.variants.find((v) => v.relation === 'longest') ?? g.variants[0]!;
      return { label: `“${shorten(longest.text, 80)}”`, description: `${g.speaker ? names.get(g.speaker) ?? g.speaker : 'unknown speaker'} · ${g.variants.length} version(s)`, detail: g.id, value: g.id };
    });
  return pick(items, vscode.l10n.t('Add the quote to which group?'));
}

export async function pickMany<T>(items: { label: string; description?: string; value: T }[], title: string): Promise<T[] | undefined> {
  const chosen = await vscode.window.showQuickPick(items, { title, canPickMany: true });
  return chosen?.map((c) => c.value);
}

export { pick };
