import { perModel } from './memo';
import type { Heading, ListItem, PlanModel, Span } from '../model';
import type { Profile, SectionSpec } from './profile';
import { hiddenSpans, inSpans } from './scan';

/**
 * What the spec-kit rules (MP401-MP412) read from a feature folder's documents: sections by title,
 * user stories, requirement ids, tasks and the paths they name. Memoised per model; linear in the text.
 */

export interface SpecKitSection {
  spec: SectionSpec;
  heading: Heading;
  /** Offset of the next heading of the same or a shallower depth, or the end of the text. */
  end: number;
}

/** A heading's title without its `*(mandatory)*` note, emoji and marks, lower case, `&` as `and`. */
export function titleKey(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}\s/-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The profile's sections found among the `##` headings, by title or alias (a title followed by more words counts). Memoised per model and profile. */
export const specKitSections: (model: PlanModel, profile: Profile) => { sections: SpecKitSection[]; matched: number } = perModel((model, profile: Profile) => {
  const keys = profile.sections.map((s) => [s, [s.title, ...s.aliases].map(titleKey)] as const);
  const sections: SpecKitSection[] = [];
  model.headings.forEach((h, i) => {
    if (h.depth !== 2) return;
    const key = titleKey(h.text);
    const found = keys.find(([, ks]) => ks.some((k) => key === k || key.startsWith(k + ' ')));
    if (found) sections.push({ spec: found[0], heading: h, end: sectionEnd(model, i) });
  });
  return { sections, matched: new Set(sections.map((s) => s.spec)).size };
});

function sectionEnd(model: PlanModel, index: number): number {
  const h = model.headings[index];
  for (let j = index + 1; j < model.headings.length; j++) if (model.headings[j].depth <= h.depth) return model.headings[j].start;
  return model.text.length;
}

// ---- spec.md ------------------------------------------------------------------------------

export interface UserStory {
  number: number;
  title: string;
  heading: Heading;
  end: number;
  /** `P1` as written, when the heading or a `**Priority**:` line gives one. */
  priority?: string;
  /** List items of the story that hold Given, When or Then. */
  scenarios: { item: ListItem; missing: string[] }[];
  /** Scenarios written as prose lines, not list items. */
  proseScenarios: boolean;
}

export interface IdDefinition extends Span {
  id: string;
  line: number;
}

export interface SpecDoc {
  stories: UserStory[];
  /** `FR-001`, `SC-001` defined at the start of a list item (`- **FR-001**: ...`), in order. */
  ids: IdDefinition[];
}

const STORY = /^User Story\s+(\d{1,3})\b\s*[-\u2013\u2014:.]?\s*(.*)$/i;
const PRIORITY = /\bPriority\s*\*{0,2}\s*:\s*\*{0,2}\s*(P\d+)\b/i;
const CLAUSES = ['Given', 'When', 'Then'] as const;
const ID_DEF = /^(FR|SC)-(\d{1,4}[a-z]?)\b/;

const specCache = new WeakMap<PlanModel, SpecDoc>();

export function specDoc(model: PlanModel): SpecDoc {
  let doc = specCache.get(model);
  if (doc) return doc;
  const stories: UserStory[] = [];
  model.headings.forEach((h, i) => {
    const m = h.depth >= 2 ? STORY.exec(h.text) : null;
    if (!m) return;
    const end = sectionEnd(model, i);
    const body = model.text.slice(h.end, end);
    const priority = PRIORITY.exec(h.text)?.[1] ?? PRIORITY.exec(body)?.[1];
    const scenarios = model.listItems
      .filter((it) => it.start >= h.end && it.start < end)
      .map((item) => ({ item, has: CLAUSES.filter((c) => new RegExp(`\\b${c}\\b`, 'i').test(item.text)) }))
      // A bullet saying "When the daemon restarts, ..." is no scenario: one starts with Given or holds two clauses.
      .filter((x) => x.has.length >= 2 || (x.has.includes('Given') && /^\W*given\b/i.test(x.item.text)))
      .map(({ item, has }) => ({ item, missing: CLAUSES.filter((c) => !has.includes(c)) }));
    const title = m[2].replace(/\s*\(Priority[^)]*\).*$/i, '').trim();
    // Scenarios written as lines of prose rather than a list count as present (their clauses unchecked).
    const prose = scenarios.length === 0 && body.split('\n').some((l) => CLAUSES.filter((c) => new RegExp(`\\b${c}\\b`, 'i').test(l)).length >= 2);
    stories.push({ number: Number(m[1]), title, heading: h, end, priority, scenarios, proseScenarios: prose });
  });
  const hidden = hiddenSpans(model);
  const ids: IdDefinition[] = [];
  for (const it of model.listItems) {
    const m = ID_DEF.exec(it.text);
    if (!m || inSpans(hidden, it.start)) continue;
    const at = model.text.indexOf(m[0], it.textSpan.start);
    const start = at >= 0 && at < it.textSpan.end ? at : it.textSpan.start;
    ids.push({ id: `${m[1]}-${m[2]}`, start, end: start + m[0].length, line: model.lines.positionAt(start).line });
  }
  doc = { stories, ids };
  specCache.set(model, doc);
  return doc;
}

// ---- tasks.md -----------------------------------------------------------------------------

export interface TaskPath extends Span {
  path: string;
}

export interface Task extends Span {
  /** `T007a` as written, or undefined for a checkbox item with no id. */
  id?: string;
  idSpan?: Span;
  number: number;
  suffix: string;
  checkbox: boolean;
  done: boolean;
  parallel: boolean;
  /** `[US1]` labels: the story numbers, with where each is written. */
  stories: { number: number; start: number; end: number }[];
  /** The description after the id and labels. */
  description: string;
  /** How the item departs from `- [ ] T001 [P] [US1] Description`, as "write instead" advice. */
  formProblems: string[];
  /** The `## Phase ...` (or other `##`) heading the task is under. */
  phase?: Heading;
  paths: TaskPath[];
  /** The task says it creates its files (`(new file)`, "Create", "new"). */
  creates: boolean;
  /** The task changes an existing file by its verb ("Update", "Add ... to", "Modify"...). */
  modifies: boolean;
}

const ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(\[[ xX]\][ \t]+)?(.*)$/;
const TASK_ID = /^(?:\*\*)?(T(\d{1,4})([a-z]?))(?:\*\*)?(?![\w-])/;
const LABEL = /^\[([^\]\n]{1,20})\][ \t]*/;
const CREATE = /\b(?:new\s+(?:test\s+)?file|\(new\)|creates?|creating|scaffold|new\s+package)\b/i;
const MODIFY = /^(?:in\s+`[^`]*`\s*,?\s*)?(?:modify|update|extend|change|edit|fix|refactor|remove|delete|rename|register|wire|replace|move|adjust|integrate|add|append|insert|hook|expose|export|populate|increment|thread|plumb|migrate|deprecate|document)\b/i;

const taskCache = new WeakMap<PlanModel, Task[]>();

/** Every list item that is a task: it carries a checkbox or starts with a `T###` id. */
export function specTasks(model: PlanModel): Task[] {
  let tasks = taskCache.get(model);
  if (tasks) return tasks;
  tasks = [];
  const hidden = hiddenSpans(model);
  const phases = model.headings.filter((h) => h.depth === 2);
  let p = -1;
  for (const it of model.listItems) {
    if (inSpans(hidden, it.start)) continue;
    while (p + 1 < phases.length && phases[p + 1].start < it.start) p++;
    const lineEnd = model.text.indexOf('\n', it.start);
    const raw = model.text.slice(it.start, lineEnd < 0 ? model.text.length : lineEnd).replace(/\r$/, '');
    const m = ITEM.exec(raw);
    if (!m) continue;
    const checkbox = !!m[1];
    // `at` is the offset of `rest` in the text as labels and the id are read off its front.
    let rest = m[2];
    let at = it.start + raw.length - rest.length;
    const take = (n: number) => {
      const kept = rest.slice(n).replace(/^[ \t]+/, '');
      at += rest.length - kept.length;
      rest = kept;
    };
    const formProblems: string[] = [];
    // Labels written before the id (`- [ ] [P] T003 ...`) are read, then reported.
    const early: { label: string; start: number; end: number }[] = [];
    let lm: RegExpExecArray | null;
    while (checkbox && (lm = LABEL.exec(rest)) && /^(?:P|US\d+)$/.test(lm[1])) {
      early.push({ label: lm[1], start: at, end: at + lm[1].length + 2 });
      take(lm[0].length);
    }
    const idm = TASK_ID.exec(rest);
    // Without a checkbox, only a bulleted `T###` item in a phase is a task (a numbered list of ids is a plan of work).
    if (!checkbox && (!idm || it.ordered || !phases[p] || !/^Phase\b/i.test(phases[p].text))) continue;
    const odd = idm ? undefined : /^(T(\d{1,4})[-_.][A-Za-z0-9]+)(?![\w-])/.exec(rest);
    // A checkbox item without an id is a task only in a phase of tasks (`## Phase 3: ...`).
    if (!idm && early.length === 0 && (!phases[p] || !/^Phase\b/i.test(phases[p].text))) continue;
    const task: Task = {
      start: it.start, end: it.start + raw.length, number: 0, suffix: '', checkbox, done: /\[[xX]\]/.test(m[1] ?? ''),
      parallel: early.some((e) => e.label === 'P'), stories: [], description: '', formProblems, phase: phases[p], paths: [], creates: false, modifies: false,
    };
    if (idm) {
      const idStart = at + idm[0].indexOf(idm[1]);
      task.id = idm[1];
      task.idSpan = { start: idStart, end: idStart + idm[1].length };
      task.number = Number(idm[2]);
      task.suffix = idm[3];
      take(idm[0].length);
    }
    for (const e of early) {
      const n = /^US(\d+)$/.exec(e.label);
      if (n) task.stories.push({ number: Number(n[1]), start: e.start, end: e.end });
    }
    const order: string[] = [];
    while ((lm = LABEL.exec(rest))) {
      const label = lm[1].trim();
      const us = /^US\s*(\d{1,3})$/i.exec(label) ?? /^(?:Story|User Story)\s*(\d{1,3})$/i.exec(label);
      if (label === 'P') task.parallel = true;
      else if (us) {
        task.stories.push({ number: Number(us[1]), start: at, end: at + lm[0].trimEnd().length });
        if (!/^US\d+$/.test(label)) formProblems.push(`write the story label as [US${us[1]}], not [${label}]`);
      } else break;
      order.push(label === 'P' ? 'P' : 'US');
      take(lm[0].length);
    }
    task.description = rest.trim();
    const form = `- [ ] ${task.id ?? 'T0NN'}${task.parallel ? ' [P]' : ''}${task.stories.map((s) => ` [US${s.number}]`).join('')} ...`;
    if (!checkbox) formProblems.unshift(`it has no checkbox: write "${form}"`);
    else if (odd) formProblems.unshift(`${odd[1]} is not a task id of the form T### (a sub-id adds a letter): write "- [ ] T${odd[2]}a ..."`);
    else if (!task.id) formProblems.unshift(`it has no task id: number it in order with its neighbours, "${form}"`);
    else if (early.length) formProblems.unshift(`its labels come before the id: write "${form}"`);
    else if (order.indexOf('US') >= 0 && order.lastIndexOf('P') > order.indexOf('US')) formProblems.unshift(`[P] comes after the story label: write "${form}"`);
    if (task.id && !task.description) formProblems.push('it has no description: say what the task does and name the file it touches');
    task.paths = taskPaths(model, task, it);
    task.creates = CREATE.test(task.description);
    task.modifies = !task.creates && MODIFY.test(task.description.replace(/^\*\*[^*]*\*\*:?\s*/, ''));
    tasks.push(task);
  }
  // A bullet naming a task that a checkbox item defines refers to it ("- T001 done first").
  const defined = new Set(tasks.filter((t) => t.checkbox && t.id).map((t) => t.id));
  tasks = tasks.filter((t) => t.checkbox || !defined.has(t.id));
  taskCache.set(model, tasks);
  return tasks;
}

const PATH_SHAPE = /^(?:[\w@+-][\w.@+-]*\/)+[\w@+-][\w.@+-]*\.[A-Za-z][A-Za-z0-9]{0,7}$/;
const BARE_PATH = /(?<![\w./`-])((?:[\w@+-][\w.@+-]*\/)+[\w@+-][\w.@+-]*\.[A-Za-z][A-Za-z0-9]{0,7})(?![\w/`])/g;

/** File paths a task names: code spans shaped like `dir/file.ext`, and such words in its prose. */
function taskPaths(model: PlanModel, task: Task, item: ListItem): TaskPath[] {
  const out: TaskPath[] = [];
  const seen = new Set<string>();
  const add = (p: string, start: number) => {
    const clean = p.replace(/^\.\//, '');
    if (seen.has(clean) || clean.includes('..') || /^[a-z]+:/i.test(clean)) return;
    seen.add(clean);
    out.push({ path: clean, start, end: start + p.length });
  };
  const end = item.textSpan.end;
  const codes = model.inlineCodes.filter((c) => c.start >= task.start && c.start < end);
  for (const c of codes) {
    const v = c.value.trim().replace(/:\d+(?:-\d+)?$/, '');
    if (PATH_SHAPE.test(v)) add(v, c.start + 1);
  }
  let prose = model.text.slice(task.start, end);
  for (const c of codes) prose = prose.slice(0, c.start - task.start) + ' '.repeat(c.end - c.start) + prose.slice(c.end - task.start);
  // A task is a line or two; a hostile megabyte-long item is read only as far as a task goes.
  for (const m of prose.slice(0, 4000).matchAll(BARE_PATH)) add(m[1], task.start + m.index!);
  return out;
}

/** A task id's place in the numbering: T007 < T007a < T007b < T008. */
export function taskOrder(t: Task): number {
  return t.number * 100 + (t.suffix ? t.suffix.charCodeAt(0) - 96 : 0);
}
