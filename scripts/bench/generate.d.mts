// Types of generate.mjs, for the tests that check its plans (test/unit/incremental.test.ts).
export interface GeneratedFile {
  rel: string;
  lineCount: number;
  decls: { name: string; start: number; end: number }[];
}
export function rng(seed: number): () => number;
export function writeGoModule(dir: string, nFiles: number, seed?: number): GeneratedFile[];
export function makePlan(nLines: number, files: GeneratedFile[], seed?: number): { text: string; citations: number; broken: Record<string, number> };
