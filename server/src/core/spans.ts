/** An extent of a document in UTF-16 offsets (as `model.ts`'s `Span`, declared here so the model can ask these too). */
interface Span {
  start: number;
  end: number;
}

/** Index of the sorted span holding an offset, or -(insertion point) - 1 when none does. */
function searchSpans(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -lo - 1;
}

/** The span holding an offset, among sorted spans that do not overlap. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const i = searchSpans(spans, offset);
  return i >= 0 ? spans[i] : undefined;
}

/** Whether an offset lies in one of the sorted spans. */
export function inSpans(spans: Span[], offset: number): boolean {
  const i = searchSpans(spans, offset);
  if (i >= 0) return true;
  // Spans may nest (a comment inside an html block), so check the neighbour too.
  const lo = -i - 1;
  return lo > 0 && spans[lo - 1].start <= offset && offset < spans[lo - 1].end;
}
