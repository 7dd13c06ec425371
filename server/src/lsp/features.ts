/**
 * The editor features the server offers, each a module with its capabilities and handlers
 * (context.ts's Feature). To add one: write the module, add it here. A fresh list per server,
 * so features that share state (the cited-by index) share it within one server only.
 */
import type { Feature } from './context';
import { hoverFeature } from './hover';
import { definitionFeature, documentLinkFeature } from './navigation';
import { referencesFeature } from './references';
import { completionFeature } from './completion';
import { codeActionFeature } from './codeActions';
import { documentSymbolFeature } from './symbols';
import { checkFileFeature } from './checkFile';
import { debugFeature } from './debug';
import { insertionsFeature } from './authoring/insertions';
import { dependencyGraphFeature } from './authoring/dependencyGraph';
import { CitedBy } from './authoring/citedBy';
import { codeLensFeature } from './authoring/codeLens';
import { checkWorkspaceFeature } from './authoring/checkWorkspace';
import type { ServerContext } from './context';

export function createFeatures(ctx: ServerContext): Feature[] {
  const citedBy = new CitedBy(ctx);
  return [
    hoverFeature,
    definitionFeature,
    referencesFeature,
    documentLinkFeature,
    completionFeature,
    codeActionFeature,
    documentSymbolFeature,
    checkFileFeature,
    debugFeature,
    insertionsFeature,
    dependencyGraphFeature,
    checkWorkspaceFeature(citedBy),
    codeLensFeature(citedBy),
  ];
}
