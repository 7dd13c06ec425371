// A real-history trial of MP009: builds a Go repository whose history is a series of ordinary
// refactors (insertions, edits, moves between files, renames, deletions, reordering), with a
// plan written at the first commit, then runs `macroplan check --format json` on it and prints
// what the follower said for each citation next to what the script did (for judging by hand).
// Usage: node scripts/trials/history-trial.mjs [DIR]   (after npm run bundle)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoDir = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'macroplan-trial-'));
const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))), GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@example.com' };
const git = (...a) => execFileSync('git', a, { cwd: dir, env, encoding: 'utf8' });
let day = 0;
const commit = (msg) => { git('add', '-A'); day++; const d = `2026-02-${String(day).padStart(2, '0')}T10:00:00Z`; execFileSync('git', ['commit', '-q', '-m', msg], { cwd: dir, env: { ...env, GIT_AUTHOR_DATE: d, GIT_COMMITTER_DATE: d } }); };
const write = (p, t) => { mkdirSync(dirname(join(dir, p)), { recursive: true }); writeFileSync(join(dir, p), t); };
const read = (p) => readFileSync(join(dir, p), 'utf8');
const replace = (p, a, b) => { const t = read(p); if (!t.includes(a)) throw new Error(`${p}: no ${a}`); write(p, t.replace(a, b)); };

const fn = (sig, body, doc) => `${doc ? `// ${doc}\n` : ''}${sig} {\n${body.map((l) => `\t${l}`).join('\n')}\n}\n`;
const files = {
  'sim/routing.go': ['package sim', '', 'import "errors"', '',
    'type Router struct {\n\tpolicy Policy\n\tnodes  []Node\n\tmetrics *Metrics\n}\n',
    fn('func NewRouter(p Policy, nodes []Node) *Router', ['if len(nodes) == 0 {', '\treturn nil', '}', 'return &Router{policy: p, nodes: nodes, metrics: NewMetrics()}'], 'NewRouter builds a router over nodes.'),
    fn('func (r *Router) Route(req Request) (Node, error)', ['candidates := r.filter(req)', 'if len(candidates) == 0 {', '\treturn Node{}, errors.New("no node")', '}', 'n := r.policy.Pick(candidates, req)', 'r.metrics.Record(n.ID)', 'return n, nil'], 'Route picks a node for a request.'),
    fn('func (r *Router) filter(req Request) []Node', ['var out []Node', 'for _, n := range r.nodes {', '\tif n.Healthy && n.Capacity >= req.Size {', '\t\tout = append(out, n)', '\t}', '}', 'return out']),
    fn('func (r *Router) Nodes() []Node', ['return r.nodes']),
  ].join('\n'),
  'sim/policy.go': ['package sim', '',
    'type Policy interface {\n\tPick(nodes []Node, req Request) Node\n}\n',
    'type RoundRobin struct {\n\tnext int\n}\n',
    fn('func (p *RoundRobin) Pick(nodes []Node, req Request) Node', ['n := nodes[p.next%len(nodes)]', 'p.next++', 'return n']),
    'type LeastLoaded struct{}\n',
    fn('func (LeastLoaded) Pick(nodes []Node, req Request) Node', ['best := nodes[0]', 'for _, n := range nodes[1:] {', '\tif n.Load < best.Load {', '\t\tbest = n', '\t}', '}', 'return best']),
    fn('func NewPolicy(name string) Policy', ['switch name {', 'case "rr":', '\treturn &RoundRobin{}', 'default:', '\treturn LeastLoaded{}', '}'], 'NewPolicy returns the policy named.'),
    fn('func LegacyWeight(n Node) int', ['return n.Capacity - n.Load']),
  ].join('\n'),
  'sim/types.go': ['package sim', '',
    'type Node struct {\n\tID       string\n\tHealthy  bool\n\tCapacity int\n\tLoad     int\n}\n',
    'type Request struct {\n\tID   string\n\tSize int\n}\n',
  ].join('\n'),
  'sim/metrics.go': ['package sim', '', 'import "sync"', '',
    'type Metrics struct {\n\tmu     sync.Mutex\n\tcounts map[string]int\n}\n',
    fn('func NewMetrics() *Metrics', ['return &Metrics{counts: map[string]int{}}']),
    fn('func (m *Metrics) Record(id string)', ['m.mu.Lock()', 'defer m.mu.Unlock()', 'm.counts[id]++']),
    fn('func (m *Metrics) Count(id string) int', ['m.mu.Lock()', 'defer m.mu.Unlock()', 'return m.counts[id]']),
  ].join('\n'),
  'sim/config.go': ['package sim', '',
    'const (\n\tDefaultPolicy = "rr"\n\tMaxNodes      = 64\n)\n',
    'type Config struct {\n\tPolicy string\n\tNodes  int\n}\n',
    fn('func (c Config) Validate() error', ['if c.Nodes > MaxNodes {', '\treturn errTooMany', '}', 'return nil']),
    'var errTooMany = errorString("too many nodes")\n',
    'type errorString string\n',
    fn('func (e errorString) Error() string', ['return string(e)']),
  ].join('\n'),
  'sim/legacy.go': ['package sim', '', fn('func OldRoute(nodes []Node) Node', ['return nodes[0]'], 'OldRoute is the first router.')].join('\n'),
};
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
git('init', '-q', '-b', 'main');
for (const [p, t] of Object.entries(files)) write(p, t);

/** Lines of a declaration (doc comment excluded) at the first commit. */
function declLines(p, head) {
  const lines = read(p).split('\n');
  const s = lines.findIndex((l) => l.startsWith(head));
  let e = s;
  if (lines[s].endsWith('{')) while (lines[e] !== '}' && lines[e] !== ')') e++;
  return [s + 1, e + 1];
}
function lineOf(p, text) { return read(p).split('\n').findIndex((l) => l.includes(text)) + 1; }

// The plan cites whole declarations, parts of bodies and single lines, with what the script will do to each.
const cites = [];
const cite = (label, p, [s, e], fate) => cites.push({ label, p, s, e, fate });
cite('Router', 'sim/routing.go', declLines('sim/routing.go', 'type Router struct'), 'moved (imports grow above)');
cite('NewRouter', 'sim/routing.go', declLines('sim/routing.go', 'func NewRouter'), 'moved');
cite('Route', 'sim/routing.go', declLines('sim/routing.go', 'func (r *Router) Route'), 're-anchored (body edited: tracing added)');
cite('Route: the policy pick', 'sim/routing.go', [lineOf('sim/routing.go', 'r.policy.Pick'), lineOf('sim/routing.go', 'r.metrics.Record')], 're-anchored (lines edited: span added)');
cite('Route: empty check', 'sim/routing.go', [lineOf('sim/routing.go', 'if len(candidates) == 0'), lineOf('sim/routing.go', 'if len(candidates) == 0') + 2], 'moved (intact inside an edited func)');
cite('filter', 'sim/routing.go', declLines('sim/routing.go', 'func (r *Router) filter'), 'moved');
cite('filter: health test', 'sim/routing.go', [lineOf('sim/routing.go', 'n.Healthy && n.Capacity'), lineOf('sim/routing.go', 'n.Healthy && n.Capacity')], 're-anchored (condition edited)');
cite('Nodes', 'sim/routing.go', declLines('sim/routing.go', 'func (r *Router) Nodes'), 'deleted (accessor removed)');
cite('Policy', 'sim/policy.go', declLines('sim/policy.go', 'type Policy interface'), 're-anchored (method added)');
cite('RoundRobin.Pick', 'sim/policy.go', declLines('sim/policy.go', 'func (p *RoundRobin) Pick'), 'moved (reordered below LeastLoaded)');
cite('LeastLoaded.Pick', 'sim/policy.go', declLines('sim/policy.go', 'func (LeastLoaded) Pick'), 'moved (reordered)');
cite('NewPolicy', 'sim/policy.go', declLines('sim/policy.go', 'func NewPolicy'), 'moved to another file (factory.go)');
cite('NewPolicy: switch', 'sim/policy.go', [lineOf('sim/policy.go', 'switch name'), lineOf('sim/policy.go', 'switch name') + 2], 'moved to another file');
cite('LegacyWeight', 'sim/policy.go', declLines('sim/policy.go', 'func LegacyWeight'), 'deleted');
cite('Node', 'sim/types.go', declLines('sim/types.go', 'type Node struct'), 're-anchored (field added)');
cite('Request', 'sim/types.go', declLines('sim/types.go', 'type Request struct'), 'moved');
cite('Metrics', 'sim/metrics.go', declLines('sim/metrics.go', 'type Metrics struct'), 'renamed (metrics.go -> stats.go)');
cite('Record', 'sim/metrics.go', declLines('sim/metrics.go', 'func (m *Metrics) Record'), 'renamed');
cite('Count', 'sim/metrics.go', declLines('sim/metrics.go', 'func (m *Metrics) Count'), 'renamed');
cite('Config', 'sim/config.go', declLines('sim/config.go', 'type Config struct'), 'renamed and moved (config.go -> settings.go, edited)');
cite('Validate', 'sim/config.go', declLines('sim/config.go', 'func (c Config) Validate'), 'renamed, re-anchored (body edited in the rename)');
cite('MaxNodes', 'sim/config.go', [lineOf('sim/config.go', 'MaxNodes      = 64'), lineOf('sim/config.go', 'MaxNodes      = 64')], 'renamed, re-anchored (value changed)');
cite('errorString.Error', 'sim/config.go', declLines('sim/config.go', 'func (e errorString) Error'), 'renamed');
cite('OldRoute', 'sim/legacy.go', declLines('sim/legacy.go', 'func OldRoute'), 'deleted (file removed)');
const plan = ['# Router macro plan', '', '## Current state', '', ...cites.map((c) => `- ${c.label}: ${c.p}:${c.s}${c.e !== c.s ? `-${c.e}` : ''}.`), ''].join('\n');
write('docs/plans/router-macro-plan.md', plan);
commit('sim: first router, policies, metrics, config; the plan');

// The refactors, one commit each, as a project's history would have them.
replace('sim/routing.go', 'import "errors"', 'import (\n\t"errors"\n\t"fmt"\n\t"log"\n)\n\nvar debug = false');
commit('routing: debug logging scaffolding');
replace('sim/routing.go', '\tn := r.policy.Pick(candidates, req)\n\tr.metrics.Record(n.ID)', '\tspan := startSpan(req.ID)\n\tdefer span.End()\n\tn := r.policy.Pick(candidates, req)\n\tr.metrics.Record(n.ID)\n\tspan.Tag("node", n.ID)');
write('sim/trace.go', 'package sim\n\ntype span struct{ id string }\n\nfunc startSpan(id string) *span { return &span{id} }\n\nfunc (s *span) End() {}\n\nfunc (s *span) Tag(k, v string) {}\n');
commit('routing: trace Route');
replace('sim/routing.go', 'if n.Healthy && n.Capacity >= req.Size {', 'if n.Healthy && n.Capacity-n.Load >= req.Size {');
commit('routing: count load against capacity');
replace('sim/routing.go', 'func (r *Router) Nodes() []Node {\n\treturn r.nodes\n}\n', '');
commit('routing: drop unused Nodes accessor');
replace('sim/policy.go', '\tPick(nodes []Node, req Request) Node\n', '\tPick(nodes []Node, req Request) Node\n\tName() string\n');
write('sim/policy.go', read('sim/policy.go') + '\nfunc (p *RoundRobin) Name() string { return "rr" }\n\nfunc (LeastLoaded) Name() string { return "least" }\n');
commit('policy: policies have names');
{ // reorder: LeastLoaded before RoundRobin's method
  const t = read('sim/policy.go');
  const rr = t.slice(t.indexOf('func (p *RoundRobin) Pick'), t.indexOf('type LeastLoaded'));
  const ll = t.slice(t.indexOf('type LeastLoaded'), t.indexOf('// NewPolicy'));
  write('sim/policy.go', t.replace(rr + ll, ll + rr));
}
commit('policy: least-loaded first');
{ // move NewPolicy to factory.go
  const t = read('sim/policy.go');
  const block = t.slice(t.indexOf('// NewPolicy'), t.indexOf('func LegacyWeight'));
  write('sim/policy.go', t.replace(block, ''));
  write('sim/factory.go', 'package sim\n\n// Policies by name, for configuration.\nvar policyNames = []string{"rr", "least"}\n\n' + block);
}
commit('policy: factory in its own file');
replace('sim/policy.go', 'func LegacyWeight(n Node) int {\n\treturn n.Capacity - n.Load\n}\n', '');
commit('policy: remove LegacyWeight');
replace('sim/types.go', '\tLoad     int\n', '\tLoad     int\n\tZone     string\n');
write('sim/types.go', read('sim/types.go').replace('package sim\n', 'package sim\n\n// Types shared by the simulator.\n'));
commit('types: nodes have zones');
git('mv', 'sim/metrics.go', 'sim/stats.go');
commit('metrics: rename file to stats.go');
git('mv', 'sim/config.go', 'sim/settings.go');
replace('sim/settings.go', 'MaxNodes      = 64', 'MaxNodes      = 128');
replace('sim/settings.go', '\tif c.Nodes > MaxNodes {', '\tif c.Nodes <= 0 {\n\t\treturn errTooMany\n\t}\n\tif c.Nodes > MaxNodes {');
replace('sim/settings.go', 'package sim\n', 'package sim\n\n// Settings of a simulation run.\n');
commit('config: settings.go, more nodes, validate zero');
git('rm', '-q', 'sim/legacy.go');
commit('remove the legacy router');
for (let i = 0; i < 6; i++) { write(`sim/extra${i}.go`, `package sim\n\nfunc Extra${i}() int { return ${i} }\n`); commit(`extra helper ${i}`); }

let out;
try { out = execFileSync(process.execPath, [join(repoDir, 'bin', 'macroplan.js'), 'check', '--format', 'json', 'docs/plans/router-macro-plan.md'], { cwd: dir, env, encoding: 'utf8' }); } catch (e) { out = e.stdout; }
const ds = JSON.parse(out).files[0].diagnostics;
const counts = {};
for (const c of cites) {
  const line = plan.split('\n').findIndex((l) => l.startsWith(`- ${c.label}:`)) + 1;
  const d = ds.filter((x) => x.line === line);
  const said = d.map((x) => `${x.rule}: ${x.message}`).join(' | ') || 'nothing (unchanged)';
  const kind = d.find((x) => x.rule === 'MP009')?.message.match(/moved to another file|moved|renamed|was edited:|was edited since|deleted/)?.[0] ?? (d.length ? 'other' : 'unchanged');
  counts[kind] = (counts[kind] ?? 0) + 1;
  console.log(`${c.label} (${c.p}:${c.s}-${c.e}), script: ${c.fate}\n    tool: ${said}`);
}
console.log('\ncounts:', JSON.stringify(counts));
console.log(`repository: ${dir}`);
