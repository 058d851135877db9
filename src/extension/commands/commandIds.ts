/**
 * Ids of the panel and annotation commands (package.json `contributes.commands` lists the
 * same). Handlers: annotateCommands.ts, reviewCommands.ts, registryCommands.ts,
 * saveCommands.ts, panel/index.ts (filter, reveal). Internal commands start with `_`.
 */
export const enum CommandId {
  AnnotateSelection = 'newslens.annotateSelection',
  Confirm = 'newslens.confirm',
  Reject = 'newslens.reject',
  SetSpeaker = 'newslens.setSpeaker',
  AddToQuoteGroup = 'newslens.addToQuoteGroup',
  RemoveFromQuoteGroup = 'newslens.removeFromQuoteGroup',
  MergeEntities = 'newslens.mergeEntities',
  SplitEntity = 'newslens.splitEntity',
  RenameEntity = 'newslens.renameEntity',
  SaveDetected = 'newslens.saveDetected',
  SaveDetectedAll = 'newslens.saveDetectedAll',
  RemoveAnnotation = 'newslens.removeAnnotation',
  OpenAnnotations = 'newslens.openAnnotations',
  CompareQuoteVersions = 'newslens.compareQuoteVersions',
  ReattachOrphan = 'newslens.reattachOrphan',
  FilterEntities = 'newslens.filterEntities',
  ClearEntityFilter = 'newslens.clearEntityFilter',
  /** Opens a source and selects a span: `(SpanRef)`. */
  Reveal = '_newslens.panelReveal',
  /** Test hook: the plain-data tree of a panel view, `(viewId) => PanelNode[]`. */
  PanelItems = '_newslens.panelItems',
}

export const enum ViewId {
  Container = 'newslens',
  Sources = 'newslens.sources',
  Entities = 'newslens.entities',
  Quotes = 'newslens.quotes',
  ThisArticle = 'newslens.thisArticle',
  Annotations = 'newslens.annotations',
}

/** Context key set while the Entities view is filtered (shows the clear button). */
export const ENTITY_FILTER_CONTEXT = 'newslens.entitiesFiltered';
