import { existsSync, promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { Parser, Language } from 'web-tree-sitter';

let loading: Promise<Parser> | undefined;

/** Where the .wasm files live: next to the bundle in dist/, or in node_modules when run from source. */
function wasmDir(): { runtime: string; go: string } {
  const candidates = [__dirname, join(__dirname, '..'), join(__dirname, '..', '..', '..', 'dist')];
  for (const dir of candidates) {
    if (existsSync(join(dir, 'tree-sitter-go.wasm'))) {
      return { runtime: join(dir, 'web-tree-sitter.wasm'), go: join(dir, 'tree-sitter-go.wasm') };
    }
  }
  const nm = join(__dirname, '..', '..', '..', 'node_modules');
  return { runtime: join(nm, 'web-tree-sitter', 'web-tree-sitter.wasm'), go: join(nm, 'tree-sitter-go', 'tree-sitter-go.wasm') };
}

/** The Go parser. The WASM grammar loads once per process. */
export function goParser(): Promise<Parser> {
  loading ??= (async () => {
    const files = wasmDir();
    await Parser.init({ locateFile: () => files.runtime });
    // Bytes, not a path: given a path, web-tree-sitter reads it through import('fs/promises'),
    // which starts Node's ES module loader (~5 ms of start-up in a CommonJS process).
    const go = await Language.load(await fsp.readFile(files.go));
    const parser = new Parser();
    parser.setLanguage(go);
    return parser;
  })();
  return loading;
}
