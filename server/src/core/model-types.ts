/** The model's shapes (a leaf module, so the model's builder and its per-chunk splice share them). */
import type { Root } from 'mdast';
import type { LineIndex } from './text';
import type { RawCitation } from './citations';

export interface Span {
  start: number;
  end: number;
}
export interface Heading extends Span {
  depth: number;
  text: string;
  line: number;
}
export interface CodeBlock extends Span {
  lang: string | null;
  value: string;
  fenced: boolean;
  line: number;
}
export interface TableCell extends Span {
  text: string;
}
export interface Table extends Span {
  header: TableCell[];
  rows: TableCell[][];
}
export interface ListItem extends Span {
  /** The item's own text (its first paragraph), without nested lists. */
  text: string;
  textSpan: Span;
  depth: number;
  ordered: boolean;
}
export interface InlineCode extends Span {
  value: string;
}
export interface Link extends Span {
  url: string;
}
export interface Comment extends Span {
  value: string;
}
export interface Citation extends RawCitation {
  /** Go identifiers the author names next to the citation. */
  claimed: string[];
  /** The paragraph, heading or table cell holding the citation. */
  container: Span;
  /**
   * Code the sentence quotes that is no claim (a code span with spaces or operators,
   * `pos.col -= n(line)`) and phrases it puts in double quotes: text copied from the cited lines
   * shows the citation points where the author meant.
   */
  quotes: string[];
  /** The citation's sentence (its clause's sentence), within the container. */
  sentence: Span;
  /**
   * When the citation's clause holds other citations: every name its sentence claims for any of
   * them. Which name goes with which is a guess ("in `Push` and `Remove` (heap.go:53, heap.go:73)").
   */
  sentenceClaimed?: string[];
  /**
   * Names the sentence says do not exist yet (`X` "does not exist yet", "will add `X`", "a new
   * `X`"): no claim, so no citation is moved to a declaration of them; the cited lines holding
   * one still bear the citation out.
   */
  unborn?: string[];
}

/** Everything rules read about a Markdown document. Plain data, built once per version. */
export interface PlanModel {
  text: string;
  lines: LineIndex;
  root: Root;
  headings: Heading[];
  codeBlocks: CodeBlock[];
  tables: Table[];
  listItems: ListItem[];
  inlineCodes: InlineCode[];
  links: Link[];
  comments: Comment[];
  citations: Citation[];
}
