/** The engine's public surface, for the benchmark and embedders. */
export { checkDocument, ENGINE_RULES, type CheckResult, type CheckOptions } from './engine';
export { FileWorkspace, memoryWorkspace, type Workspace, type Resolution } from './workspace';
export { memoryFs } from './memfs';
export { buildModel, type PlanModel } from './model';
export { ParseCache } from './chunks';
export { CheckReuse } from './incremental';
export { defaultConfig, loadConfig, mergeConfig, type Config } from './config';
export { applyFixes, applyEdits } from './fixes';
export { rules } from './rules';
export { goParser, loadedGrammars } from './treesitter';
export { GitHistory } from './history/git';
