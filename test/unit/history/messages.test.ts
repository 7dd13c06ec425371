/**
 * MP009 messages a reader can act on (issue 20 item 5), on real repositories: the resolved path
 * of a short citation, "inside `func Name`", and the part of an edited line that changed.
 */
import { strict as assert } from 'node:assert';
import { makeRepo } from '../../helpers/gitrepo';
import { checkWithHistory } from '../../helpers/historyCheck';
import { go } from '../../helpers/go';

const LONG = 'return computeAdmissionDecision(request.TenantID, request.Priority, request.InputTokens, budget)';

const ADMISSION = go('package policy', '', '// Admit admits.', 'func Admit(request Request, budget int) bool {', '\tif budget < 0 {', '\t\treturn false', '\t}', `\t${LONG}`, '}');

async function mp009(plan: string, now: string): Promise<string[]> {
  const repo = makeRepo();
  try {
    repo.commit('admission and its plan', { 'sim/policy/admission.go': ADMISSION, 'docs/plan.md': plan });
    repo.commit('edit admission', { 'sim/policy/admission.go': now });
    return (await checkWithHistory(repo, 'docs/plan.md')).diagnostics.filter((d) => d.rule === 'MP009').map((d) => d.message);
  } finally {
    repo.remove();
  }
}

describe('MP009 messages', function () {
  this.timeout(30_000);

  it('names the file a short citation resolved to, and the declaration it is inside', async () => {
    const edited = ADMISSION.replace('package policy\n', 'package policy\n\nimport "fmt"\n').replace('\tif budget < 0 {', '\tfmt.Println(budget)\n\tif budget <= 0 {');
    const [m] = await mp009('# Plan\n\n`Admit` checks the budget (`admission.go:5-7`).\n', edited);
    assert.match(m, /^the code cited here was edited: sim\/policy\/admission\.go:5-7 is now 7-10, inside `func Admit` \(since [0-9a-f]{7}, 2026-01-01\)\. Was: `if budget < 0 \{`; now: `fmt\.Println\(budget\)`\.$/);
  });

  it('shows two long lines where they differ, not the same first 80 characters', async () => {
    const edited = ADMISSION.replace('budget)\n}', 'budget, request.Deadline)\n}');
    const [m] = await mp009('# Plan\n\n`Admit` decides at the end (`sim/policy/admission.go:4-9`).\n', edited.replace('package policy\n', 'package policy\n\n// Package policy admits.\n'));
    const shown = /Was: `([^`]*)`; now: `([^`]*)`\./.exec(m);
    assert.ok(shown, m);
    assert.notEqual(shown[1], shown[2]);
    assert.match(shown[1], /^….*budget\)$/);
    assert.match(shown[2], /^….*budget, request\.Deadline\)$/);
  });

  it('says a line was added rather than quoting a blank line', async () => {
    const edited = ADMISSION.replace('\tif budget < 0 {', '\n\tif budget < 0 {').replace('package policy\n', 'package policy\n\n// Package policy admits.\n');
    const [m] = await mp009('# Plan\n\n`Admit` returns early (`sim/policy/admission.go:4-7`).\n', edited.replace('\t\treturn false', '\t\tlog(budget)\n\t\treturn false'));
    assert.doesNotMatch(m, /``/);
    assert.match(m, /Added: `log\(budget\)`\.$/);
  });
});
