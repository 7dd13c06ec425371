/**
 * Named moments of this process's start (performance.now(), ms since the process began), each
 * kept the first time only, so the cost is a map lookup and memory stays bounded however long the
 * process runs. The benchmark's cold-start breakdown reads them from the server
 * (`macroplan/debug/startup`); nothing decides anything by them.
 */
const marks = new Map<string, number>();
const MAX_MARKS = 64;

export function startMark(name: string): void {
  if (marks.size < MAX_MARKS && !marks.has(name)) marks.set(name, performance.now());
}

export function startMarks(): Record<string, number> {
  return Object.fromEntries(marks);
}
