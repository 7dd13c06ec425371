/** The languages whose citations are checked against their code (a leaf: gofile.ts imports it). */
export type LangId = 'go' | 'javascript' | 'typescript' | 'tsx' | 'python' | 'rust' | 'shell';
