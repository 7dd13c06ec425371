import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const REPO = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));

interface Token {
  text: string;
  scopes: string[];
}

let registry: vsctm.Registry;

async function markdownGrammar(): Promise<vsctm.IGrammar> {
  if (!registry) {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const contribution = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === 'macroplan.injection');
    const injectionPath = path.join(REPO, contribution.path);
    registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) => {
        if (scopeName === 'text.html.markdown') {
          const p = require.resolve('tm-grammars/grammars/markdown.json');
          return vsctm.parseRawGrammar(fs.readFileSync(p, 'utf8'), p);
        }
        if (scopeName === 'macroplan.injection') return vsctm.parseRawGrammar(fs.readFileSync(injectionPath, 'utf8'), injectionPath);
        return null;
      },
      getInjections: (scopeName) => (contribution.injectTo.includes(scopeName) ? ['macroplan.injection'] : undefined),
    });
  }
  const g = await registry.loadGrammar('text.html.markdown');
  assert.ok(g);
  return g;
}

async function tokenize(text: string): Promise<Token[][]> {
  const grammar = await markdownGrammar();
  let rule = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, rule);
    rule = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The texts of the tokens carrying a scope that starts with `prefix`. */
function scoped(lines: Token[][], prefix: string): string[] {
  return lines.flat().filter((t) => t.scopes.some((s) => s.startsWith(prefix))).map((t) => t.text);
}

describe('authoring: grammar injection', () => {
  it('is contributed to Markdown', () => {
    const g = pkg.contributes.grammars.find((x: { scopeName: string }) => x.scopeName === 'macroplan.injection');
    assert.deepEqual(g.injectTo, ['text.html.markdown']);
    const raw = JSON.parse(fs.readFileSync(path.join(REPO, g.path), 'utf8'));
    assert.equal(raw.scopeName, 'macroplan.injection');
    assert.match(raw.injectionSelector, /text\.html\.markdown/);
  });

  it('scopes citations in prose, code spans, list items, tables and headings', async () => {
    const lines = await tokenize([
      'The router lives in sim/routing.go:43-45 and `sim/cluster/cluster.go:85`.',
      '- see [here](sim/kv.go#L10-L20) and sim/a.go:1,5,9',
      '| Block | `cmd/root.go:12` |',
      '### PR 3 builds on x_test.go:7',
      'not a citation: routing.go alone, foo.gopher:3, 12:30',
    ].join('\n'));
    assert.deepEqual(scoped(lines, 'markup.underline.link.citation.macroplan'), ['sim/routing.go', 'sim/cluster/cluster.go', 'sim/kv.go', 'sim/a.go', 'cmd/root.go', 'x_test.go']);
    assert.deepEqual(scoped(lines, 'constant.numeric.line.citation.macroplan'), ['43-45', '85', 'L10-L20', '1,5,9', '12', '7']);
  });

  it('scopes BC-n, INV-n, PR n and the event classes', async () => {
    const lines = await tokenize([
      '- **Behavioral Guarantees:** BC-1 holds, BC-17-2 too (INV-3); not ABC-1 or INV-x',
      '- EVENTS: Arrival (EXOGENOUS), Completion (ENDOGENOUS); exogenous in lower case is prose',
      'PR 1 → PR2, PR-3 and (PR 12); not PR 1.5 or SPR 4',
    ].join('\n'));
    assert.deepEqual(scoped(lines, 'variable.other.constant.contract.macroplan'), ['BC-1', 'BC-17-2']);
    assert.deepEqual(scoped(lines, 'support.constant.invariant.macroplan'), ['INV-3']);
    assert.deepEqual(scoped(lines, 'keyword.other.event-class.exogenous.macroplan'), ['EXOGENOUS']);
    assert.deepEqual(scoped(lines, 'keyword.other.event-class.endogenous.macroplan'), ['ENDOGENOUS']);
    assert.deepEqual(scoped(lines, 'entity.name.type.pr.macroplan'), ['PR 1', 'PR2', 'PR-3', 'PR 12']);
  });

  it('leaves fenced code blocks alone', async () => {
    const lines = await tokenize(['```go', '// sim/routing.go:43 BC-1 PR 2', '```', '```', 'PR 1 -> PR 2 sim/x.go:3', '```', 'after PR 4'].join('\n'));
    assert.deepEqual(scoped(lines, 'entity.name.type.pr.macroplan'), ['PR 4']);
    assert.deepEqual(scoped(lines, 'markup.underline.link.citation.macroplan'), []);
  });
});
