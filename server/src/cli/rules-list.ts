import { UsageError, walkArgs } from './args';
import { rules } from '../core/rules';

/** `macroplan rules [--format text|json]`: options and mistakes are taken as `check` takes them. */
export function listRules(argv: string[]): number {
  let format = 'text' as 'text' | 'json';
  const extra = walkArgs(argv, (flag, value) => {
    if (flag !== '--format') return false;
    const f = value();
    if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json, not "${f}"`);
    format = f;
    return true;
  });
  if (extra.length) throw new UsageError(`rules takes no arguments, not "${extra[0]}"`);
  if (format === 'json') {
    const list = rules.map((r) => ({ id: r.meta.id, name: r.meta.name, severity: r.meta.severity, description: r.meta.description }));
    process.stdout.write(JSON.stringify({ version: 1, rules: list }, null, 2) + '\n');
  } else {
    for (const r of rules) process.stdout.write(`${r.meta.id}  ${r.meta.name.padEnd(32)} ${r.meta.severity.padEnd(8)} ${r.meta.description}\n`);
  }
  return 0;
}
