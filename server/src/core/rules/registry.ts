/**
 * Every rule's metadata in one place: the rules' own (rules/index.ts), the engine's findings made
 * outside any rule, the subject tags and where each rule's page is. The front doors (SARIF's rule
 * list and links, the editor's links) read it here instead of describing rules themselves.
 */
import type { RuleMeta } from '../rule';
import { rules } from './index';

const internalError: RuleMeta = {
  id: 'MP000',
  name: 'internal-error',
  severity: 'error',
  description: 'A rule failed with an internal error while checking the document; the other rules still ran.',
  scope: 'markdown',
  needs: [],
};

const tooLarge: RuleMeta = {
  id: 'MP008',
  name: 'document-too-large',
  severity: 'warning',
  description: 'The document is larger than maxPlanSize and was not checked.',
  scope: 'markdown',
  needs: [],
};

/** Findings the engine itself makes, outside any rule. */
export const ENGINE_RULES = { internalError, tooLarge } as const;

/** What a rule is about: the engine's own, or the folder of `core/rules/` it lives in. */
export type RuleTag = 'engine' | 'citation' | 'macro' | 'micro' | 'design' | 'spec-kit' | 'superpowers';

// A rule's hundred is its subject (docs: "Where to add things"); the registry test holds each
// rule file's folder to it.
const SUBJECTS: RuleTag[] = ['citation', 'macro', 'micro', 'design', 'spec-kit', 'superpowers'];

export interface RegisteredRule {
  meta: RuleMeta;
  tags: readonly RuleTag[];
}

function tagsOf(meta: RuleMeta): RuleTag[] {
  const subject = SUBJECTS[Math.floor(Number(meta.id.slice(2)) / 100)];
  return subject ? [subject] : [];
}

/** Every rule, the engine's included, by id. */
export const registry: readonly RegisteredRule[] = [
  ...Object.values(ENGINE_RULES).map((meta) => ({ meta, tags: ['engine'] as RuleTag[] })),
  ...rules.map((r) => ({ meta: r.meta, tags: tagsOf(r.meta) })),
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));

/** A rule's page, relative to the project's root (the repository, the installed package, the extension). */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}

/**
 * A rule's page under the project's home: a `file:` URL of the installed folder (the editor links
 * the page shipped with it), or a GitHub or GitLab repository's web address (SARIF's helpUri: the
 * page at HEAD). Undefined for any other host, whose file URLs are not known: no link is better
 * than a made-up one.
 */
export function ruleDocUrl(id: string, home: string | undefined): string | undefined {
  if (!home) return undefined;
  if (home.startsWith('file:')) return `${home.replace(/\/?$/, '/')}${ruleDocPath(id)}`;
  if (!/^https:\/\/(github\.com|gitlab\.com)\//.test(home)) return undefined;
  return `${home}/${home.includes('gitlab.com') ? '-/' : ''}blob/HEAD/${ruleDocPath(id)}`;
}
