import type { Heading, PlanModel, Span } from '../model';
import type { MicroSpec, TaskPart } from './profile';
import type { PlanStructure } from './structure';
import { inSpans } from './scan';
import { escapeRegExp } from '../text';

/**
 * A micro plan's behavioural contracts and tasks, read line by line (the shapes of
 * micro-plan-template.md and micro-plan-prompt.md, and the variants real plans use).
 *
 * Contract: a line that starts with an id (`BC-1: Name`, `**BC-1: Name**`, `**BC-1:** GIVEN ...`,
 * `#### BC-1 — Name`, `- **NC-2** (name):`) inside the Behavioral Contracts section, up to the next
 * such line or heading. Its clauses are GIVEN / WHEN / THEN written in capitals anywhere, or as the
 * first word of a line in any case (`- Given ...`).
 *
 * Task: a heading `Task N: name (BC-1, BC-3)` (also `Task N — name`) up to the next heading as deep or
 * shallower. The contracts it serves are the ids of its heading and of a `**Contracts:**` line
 * (`BC-1..BC-4`, `BC-2 through BC-6` are ranges). Its parts are read from bold labels at the start of
 * a line (`**Files:**`, `**Test:**`, `**Impl:**`, `**Verify:**`, `**Commit:**`, `**Step 3: Implement
 * ...**`, `Run:`) and from its code blocks (`func Test...`, `Benchmark...`, `Fuzz...`, `Example...`,
 * `go test`, `git commit`).
 */

export interface Contract extends Span {
  /** `BC-3` */
  id: string;
  /** The name as written (markup dropped); empty when the line has none. */
  name: string;
  /** Clauses present, upper case. */
  clauses: Set<string>;
  /** From the id line to the next contract, heading or the section end. */
  block: Span;
}

export interface Task extends Span {
  number: number;
  title: string;
  heading: Heading;
  /** Contract ids it names, ranges expanded, in order of first mention. */
  contracts: string[];
  parts: Set<TaskPart>;
  /** Whether it changes Go code (a `.go` file named among its files, or a Go block). */
  touchesGo: boolean;
  /** Whether it only writes tests (`Write failing test ...`, only `_test.go` files). */
  testOnly: boolean;
  /**
   * Whether it runs its test expecting a failure (`Run test to verify it fails`, `Expected: FAIL`).
   * Such a run alone is no Verify part: the template runs the test again expecting it to pass.
   */
  failingRun: boolean;
  /** What the task is, from its own words and files (see taskKind). */
  kind: TaskKind;
  /**
   * The text of a `**Contracts Implemented:**` line that names no contract id (`N/A (documentation)`,
   * `Documentation completeness`): the author answered that the task serves none.
   */
  contractsAnswer?: string;
  /** Files the task names: a Files block, `**Test:**`/`**Impl:**` lines, else paths in its prose. */
  files: string[];
  /** The task's text outside code blocks (its words, for the rules that read how it is described). */
  prose: string;
  /** The text of its commit step or `git commit` command (what it says it commits). */
  commitText: string;
}

/**
 * - `code`: changes code (a Go file or a Go block that is no test);
 * - `test`: only writes tests;
 * - `docs`: changes only documentation or other files that are no code (`.md`, examples, comments);
 * - `verification`: runs the build, the tests or the linters and changes nothing ("Full verification");
 * - `administrative`: closes an issue, updates a tracker, opens the PR: no file of the repository.
 */
export type TaskKind = 'code' | 'test' | 'docs' | 'verification' | 'administrative';

export interface MicroPlan {
  contracts: Contract[];
  tasks: Task[];
  /** The contracts section, when the profile has one and the plan has it. */
  contractsSection?: Span;
}

const cache = new WeakMap<PlanStructure, MicroPlan>();

const DEFAULT_PREFIXES = ['BC', 'NC', 'EC'];

/** The plan's contracts and tasks. Memoised per plan structure. */
export function microPlan(model: PlanModel, plan: PlanStructure): MicroPlan {
  let m = cache.get(plan);
  if (!m) cache.set(plan, (m = build(model, plan, plan.profile.micro)));
  return m;
}

const idReCache = new Map<string, RegExp>();

/** `BC-1`, and ranges `BC-1..BC-4`, `BC-1 – BC-4`, `BC-2 through BC-6`, for the given prefixes. */
function idRe(prefixes: string[]): RegExp {
  const key = prefixes.join('|');
  let re = idReCache.get(key);
  if (!re) {
    const p = `(?:${prefixes.map(escapeRegExp).join('|')})`;
    re = new RegExp(`\\b(${p})-(\\d{1,4})\\b(?![-.]\\d)(?:\\s*(?:\\.\\.\\.?|\\u2026|\\u2013|\\u2014|through|thru|to)\\s*(?:(${p})-)?(\\d{1,4})\\b(?![-.]\\d))?`, 'g');
    idReCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Contract ids a piece of text names, ranges expanded (`BC-1..BC-3` is BC-1, BC-2, BC-3). */
export function contractIdsIn(text: string, prefixes: string[] = DEFAULT_PREFIXES): string[] {
  const out: string[] = [];
  const re = idRe(prefixes);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const a = Number(m[2]);
    const b = m[4] !== undefined && (!m[3] || m[3] === m[1]) ? Number(m[4]) : a;
    for (let n = a; n <= (b >= a && b - a <= 100 ? b : a); n++) {
      const id = `${m[1]}-${n}`;
      if (!out.includes(id)) out.push(id);
    }
  }
  return out;
}

const TASK_HEADING = /^task\s+(\d{1,3})\b\s*(?:[:.)\u2014\u2013-]\s*)?(.*)$/i;

function build(model: PlanModel, plan: PlanStructure, spec: MicroSpec | undefined): MicroPlan {
  const prefixes = spec?.contractPrefixes?.length ? spec.contractPrefixes : DEFAULT_PREFIXES;
  const clauses = spec?.clauses?.length ? spec.clauses : ['GIVEN', 'WHEN', 'THEN'];
  const text = model.text;
  const goBlocks = model.codeBlocks.filter((c) => (c.lang ?? '').toLowerCase() === 'go');
  const inGo = (offset: number) => inSpans(goBlocks, offset);

  const section = plan.byRole('contracts');
  const scope: Span = section ? { start: section.bodyStart, end: section.end } : { start: 0, end: text.length };
  const contracts = readContracts(model, scope, prefixes, clauses, inGo);

  const tasks: Task[] = [];
  const headings = model.headings;
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    const m = TASK_HEADING.exec(h.text.replace(/[*_`]/g, '').trim());
    if (!m) continue;
    let end = text.length;
    for (let k = i + 1; k < headings.length; k++) {
      if (headings[k].depth <= h.depth) {
        end = headings[k].start;
        break;
      }
    }
    // A task never runs past the plan section that holds it (`### H) Test Strategy` after `#### Task 3`).
    const sec = plan.sectionAt(h.start);
    if (sec && sec.end < end) end = sec.end;
    tasks.push(readTask(model, h, Number(m[1]), m[2].trim(), { start: h.start, end }, prefixes));
  }
  return { contracts, tasks, contractsSection: section ? { start: section.start, end: section.end } : undefined };
}

function readContracts(model: PlanModel, scope: Span, prefixes: string[], clauses: string[], inGo: (o: number) => boolean): Contract[] {
  const text = model.text;
  const p = `(?:${prefixes.map(escapeRegExp).join('|')})`;
  // The id opens the line (after a list marker, a heading mark or bold) and is followed by a name or a clause.
  const head = new RegExp(`^\\s{0,3}(?:[-*+]\\s+|\\d+[.)]\\s+)?(?:#{1,6}\\s+)?(?:\\*\\*|__)?\\s*(${p}-\\d{1,4})\\b(?![-.]\\d)(?=\\s*(?:\\*\\*|__)?\\s*(?::|\\u2014|\\u2013|-\\s|\\(|$|\\*\\*|__))(.*)$`);
  const headingStarts = new Set(model.headings.filter((h) => h.start > scope.start && h.start < scope.end).map((h) => h.start));
  const clauseRes = clauses.map((c) => ({ c, anywhere: new RegExp(`(?:^|[^A-Za-z0-9_])${escapeRegExp(c)}(?![A-Za-z0-9_])`), first: new RegExp(`^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?(?:\\*\\*|__)?${escapeRegExp(c)}\\b`, 'i') }));
  const firstClause = clauses.length ? new RegExp(`\\b(?:${clauses.map(escapeRegExp).join('|')})\\b`) : null;
  const out: Contract[] = [];
  let open: Contract | undefined;
  const close = (at: number) => {
    if (open) {
      open.block.end = at;
      open = undefined;
    }
  };
  let lineStart = scope.start;
  while (lineStart < scope.end) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0 || nl > scope.end) nl = scope.end;
    const line = text.slice(lineStart, nl);
    if (headingStarts.has(lineStart) && !head.test(line)) close(lineStart);
    if (!inGo(lineStart)) {
      const m = head.exec(line);
      if (m) {
        close(lineStart);
        const at = lineStart + line.indexOf(m[1]);
        open = { id: m[1], name: contractName(m[2], firstClause), clauses: new Set(), start: at, end: at + m[1].length, block: { start: lineStart, end: scope.end } };
        out.push(open);
      }
      if (open) for (const r of clauseRes) if (!open.clauses.has(r.c) && (r.anywhere.test(line) || r.first.test(line))) open.clauses.add(r.c);
    }
    lineStart = nl + 1;
  }
  close(scope.end);
  return out;
}

/**
 * The name after the id: `: FCFS tail eviction preserved**` -> `FCFS tail eviction preserved`,
 * `** (No deferred-queue serialization): the queue ...` -> `No deferred-queue serialization`; empty
 * before a clause. A name is a label: what follows a `name:` lead (the contract's body) is no part of it.
 */
function contractName(rest: string, firstClause: RegExp | null): string {
  let s = rest.replace(/[*_`]/g, ' ');
  const first = firstClause?.exec(s);
  if (first) s = s.slice(0, first.index);
  s = s.replace(/^[\s:\u2014\u2013-]+/, '');
  const paren = /^\(([^()]{1,100})\)/.exec(s);
  if (paren) return paren[1].trim();
  // `Name: body` -> `Name`; a colon opening the rest (`: Name`) was dropped above.
  const colon = s.search(/:\s/);
  if (colon > 0) s = s.slice(0, colon);
  s = s.replace(/[\s:\u2014\u2013,-]+$/g, '').trim();
  return s.length > 80 ? `${s.slice(0, 77).replace(/\s+\S*$/, '')}...` : s;
}

const LABEL = /^\s{0,3}(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)(.+?)(?:\*\*|__)|^\s{0,3}(?:[-*+]\s+)?((?:files?|create|modify|test|impl|verify|run|expected|commit|lint)\b[^:\n]{0,20}):/i;

function readTask(model: PlanModel, h: Heading, number: number, title: string, span: Span, prefixes: string[]): Task {
  const text = model.text;
  const contracts = contractIdsIn(title, prefixes);
  let contractsAnswer: string | undefined;
  const parts = new Set<TaskPart>();
  let files: string[] = [];
  const mentioned: string[] = [];
  const blocks = model.codeBlocks.filter((c) => c.start >= span.start && c.start < span.end);
  const inBlock = (o: number) => inSpans(blocks, o);
  let lineStart = h.end;
  let inFiles = false;
  let prose = '';
  let commitText = '';
  const subHeadings = model.headings.filter((x) => x.start > h.start && x.start < span.end);
  // The task's steps (`**Step 2: Run test to verify it fails**` up to the next step): their runs and
  // expected results decide the Verify part. Lines before the first step form one of their own.
  const steps: Step[] = [{ start: h.end, label: '', kind: undefined, commands: [], expected: [] }];
  while (lineStart < span.end) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0 || nl > span.end) nl = span.end;
    const line = text.slice(lineStart, nl);
    if (!inBlock(lineStart)) {
      prose += `${line}\n`;
      const sub = subHeadings.find((x) => x.start === lineStart);
      const m = sub ? undefined : LABEL.exec(line);
      const label = (sub ? sub.text : m ? (m[1] ?? m[2]) : '').replace(/[*_`]/g, '').replace(/:\s*$/, '').trim();
      const step = steps[steps.length - 1];
      if (label && RUN_DETAIL.test(label)) {
        // `Run:` and `Expected:` lines belong to the step they are written in.
        if (/^expected/i.test(label)) step.expected.push(line.slice(line.search(/expected/i)).replace(/^expected\b[^:]*:?[*_\s]*/i, ''));
        else step.commands.push(line);
        parts.add('verify');
      } else if (label) {
        const kind = classify(label);
        if (kind) parts.add(kind);
        if (kind === 'commit') commitText += `${line}\n`;
        steps.push({ start: lineStart, label, kind, commands: kind === 'verify' ? [line] : [], expected: [] });
        if (/^contracts?\b/i.test(label)) {
          const ids = contractIdsIn(line, prefixes);
          for (const id of ids) if (!contracts.includes(id)) contracts.push(id);
          // `**Contracts Implemented:** N/A (documentation)` answers the question: it serves none.
          if (!ids.length) contractsAnswer = line.replace(/^[^:]*:\s*(?:\*\*|__)?\s*/, '').replace(/[*_`]/g, '').trim() || undefined;
        }
        inFiles = kind === 'files';
        files.push(...pathsIn(line));
      } else if (inFiles && /^\s*[-*+]\s/.test(line)) {
        files.push(...pathsIn(line));
      } else {
        // A path named in the task's words is a file it touches ("In `sim/x.go`, add ..."), unless
        // the task lists its files: then it is one it mentions (a CLAUDE.md entry for `cmd/root.go`).
        mentioned.push(...pathsIn(line));
        if (line.trim()) inFiles = false;
      }
    }
    lineStart = nl + 1;
  }
  let goBlock = false;
  for (const b of blocks) {
    const lang = (b.lang ?? '').toLowerCase();
    if (lang === 'go') {
      goBlock = true;
      // go test runs Test, Benchmark, Fuzz and Example functions: each is a task's test.
      if (/\bfunc\s+(?:\([^)]*\)\s*)?(?:Test|Benchmark|Fuzz|Example)\w*\s*\(/.test(b.value)) parts.add('test');
      else parts.add('impl');
    }
    if (/\bgit\s+commit\b/.test(b.value)) {
      parts.add('commit');
      commitText += `${b.value}\n`;
    }
    if (RUN_COMMAND.test(b.value)) {
      parts.add('verify');
      stepAt(steps, b.start).commands.push(b.value);
    }
  }
  // A `git commit` written inline (`Commit: run \`git commit -m ...\``) is a commit too.
  if (!parts.has('commit') && /`git\s+commit\b[^`]*`/.test(prose)) parts.add('commit');
  if (!files.length) files = mentioned;
  if (files.length) parts.add('files');
  // Verify needs a run that checks the result: not only a run expected to fail, nor only lint.
  const runs = steps.filter((st) => st.kind === 'verify' || st.commands.length || st.expected.length);
  const failingRun = runs.some(expectsFailure);
  if (parts.has('verify') && !runs.some((st) => VERIFY_LABEL.test(st.label) || (!expectsFailure(st) && !lintOnly(st)))) parts.delete('verify');
  const goFiles = files.filter((f) => /\.go$/.test(f));
  const touchesGo = goFiles.length > 0 || goBlock;
  const testOnly = /\btests?\b/i.test(title) || (goFiles.length > 0 && goFiles.every((f) => /_test\.go$/.test(f)));
  const kind = taskKind(title, contractsAnswer, files, touchesGo, testOnly, goBlock);
  return { number, title, heading: h, start: span.start, end: span.end, contracts, parts, touchesGo, testOnly, failingRun, kind, contractsAnswer, files: [...new Set(files)], prose, commitText };
}

const VERIFICATION_TITLE = /\b(?:(?:full|final|end-to-end|overall)\s+(?:verification|validation|check)|verif(?:y|ication)\b(?!.*\b(?:add|fix|implement)\b)|run\s+(?:the\s+)?(?:full\s+)?(?:test\s+suite|tests|checks|build)|build\s*(?:,|and|\+)\s*test)/i;
const ADMIN_TITLE = /^(?:close|reopen|comment\s+on|label|update\s+(?:the\s+)?(?:issue|tracking|tracker|project\s+board)|file\s+(?:an?\s+)?(?:issue|follow-?up)|open\s+(?:the\s+)?(?:pr|pull\s+request)|create\s+(?:the\s+)?(?:pr|pull\s+request)|post\b|notify\b)|\bclose\s+#\d+/i;
const DOCS_TITLE = /\b(?:docs?|documentation|documented|document|readme|claude\.md|changelog|comments?|docstrings?|godoc|examples?|guide|typos?)\b/i;
const DOC_FILE = /\.(?:md|txt|rst|adoc)$|(?:^|\/)(?:docs?|examples?)\//i;

/** What a task is, from its title, its Contracts answer, its files and its code (TaskKind). */
function taskKind(title: string, answer: string | undefined, files: string[], touchesGo: boolean, testOnly: boolean, goBlock: boolean): TaskKind {
  // "Update the comment on Message": a Go file's comment, no Go code shown.
  const saysDocs = DOCS_TITLE.test(title) || (!!answer && /\b(?:doc|comment)/i.test(answer));
  if (touchesGo && saysDocs && !goBlock) return 'docs';
  if (touchesGo) return testOnly && !files.some((f) => /\.go$/.test(f) && !/_test\.go$/.test(f)) ? 'test' : 'code';
  if (!files.length && ADMIN_TITLE.test(title)) return 'administrative';
  if (!files.length && VERIFICATION_TITLE.test(title)) return 'verification';
  if (saysDocs || (files.length && files.every((f) => DOC_FILE.test(f)))) return 'docs';
  return 'code';
}

/** A step of a task: its label, what it runs and what it expects. */
interface Step {
  /** Where its label line starts. */
  start: number;
  label: string;
  kind: TaskPart | undefined;
  /** Lines and code blocks that run something. */
  commands: string[];
  /** The text after each `Expected:`. */
  expected: string[];
}

const RUN_COMMAND = /\b(?:go\s+(?:test|build|vet|run)|make\s+\w+|golangci-lint|npm\s+(?:test|run))\b/;
/** Lines inside a step: the command it runs and the result it expects. */
const RUN_DETAIL = /^(?:run|expected)(?:\s+(?:output|results?|command))?(?:\s*\([^)]*\))?$/i;
/** The compact format's own `**Verify:**` line counts as written, whatever it expects. */
const VERIFY_LABEL = /^(?:verify|verification)\b/i;
const FAILURE = /^[\s`"'(*_-]*(?:(?:the\s+)?(?:new\s+)?(?:tests?|build)\s+)?(?:fail|fails|failed|failure|compil\w*\s+(?:error|fail\w*)|build\s+fail\w*|does\s+not\s+compile|undefined\b|panic)/i;
const PASS_WORDS = /\b(?:pass|passes|passed|passing|succeeds?|ok)\b/i;
const LINT = /\b(?:golangci-lint|go\s+vet|gofmt|staticcheck|make\s+lint)\b/;

/** The step holding an offset: the last one starting before it (steps are in document order). */
function stepAt(steps: Step[], offset: number): Step {
  let at = steps[0];
  for (const st of steps) if (st.start <= offset) at = st;
  return at;
}

/** A run whose expected results are all failures (or, with none written, whose step says it fails). */
function expectsFailure(st: Step): boolean {
  if (st.expected.length) return st.expected.every((e) => FAILURE.test(e) && !PASS_WORDS.test(e.replace(/\bnot\s+(?:yet\s+)?pass\w*/gi, '')));
  return /\bfails?\b|\bfailing\b|\bfailure\b/i.test(st.label) && !PASS_WORDS.test(st.label);
}

/** A step that only lints (`Run lint`, `golangci-lint run`): it checks style, not the result. */
function lintOnly(st: Step): boolean {
  const runs = st.commands.filter((c) => RUN_COMMAND.test(c));
  if (runs.length) return runs.every((c) => LINT.test(c) && !/\bgo\s+(?:test|build|run)\b|make\s+(?!lint)\w+|npm\s+(?:test|run)/.test(c));
  return /\blint\b/i.test(st.label) && !/\btests?\b/i.test(st.label);
}

/** What a task label stands for: `Files`, `Step 1: Write failing test`, `Run to pass`, `Change 2 — ...`. */
function classify(label: string): TaskPart | undefined {
  // `Step 3: ...`, and numbered steps `1. Write failing test`, `2. Run to verify FAIL`.
  const step = /^step\s*\d+[a-z]?\b\s*[:.)\u2014\u2013-]?\s*(.*)$/i.exec(label) ?? /^\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?[.)]\s+(\S.*)$/.exec(label);
  if (step) {
    const t = step[1];
    // `commit` the word, not `commitCachedBlocks` the function a step implements.
    if (/\bcommit(?:s|ted)?\b(?![\w(])/i.test(t) && !/\bno\s+commit\b/i.test(t)) return 'commit';
    if (/^(?:run|verify|check|confirm)\b/i.test(t) || /\b(?:verify|passes|fails)\b/i.test(t)) return 'verify';
    if (/\btests?\b/i.test(t)) return 'test';
    return 'impl';
  }
  if (/^(?:files?|create|modify|delete)\b/i.test(label)) return 'files';
  if (/^tests?\b/i.test(label)) return 'test';
  if (/^(?:impl\b|implement\w*|changes?\b|code\b|edits?\b|\d+[a-z]\.)/i.test(label)) return 'impl';
  if (/^(?:verify|verification|run\b|expected)/i.test(label)) return 'verify';
  if (/^commit/i.test(label)) return 'commit';
  return undefined;
}

/** Paths with an extension named on a line (`sim/x.go`, `docs/a.md`, `CLAUDE.md`). */
function pathsIn(line: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[\s`(,])((?:[\w.-]+\/)*[\w.-]+\.(?:go|md|ya?ml|json|txt|sh|mod|sum|toml|py|ts|js))\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) out.push(m[1]);
  return out;
}
