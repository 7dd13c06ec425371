import type { Rule } from '../rule';
import { rule as mp001 } from './mp001-citation-file-missing';
import { rule as mp002 } from './mp002-citation-path-ambiguous';
import { rule as mp003 } from './mp003-citation-line-out-of-range';
import { rule as mp004 } from './mp004-citation-symbol-mismatch';
import { rule as mp005 } from './mp005-citation-empty-range';
import { rule as mp006 } from './mp006-citation-outside-workspace';
import { rule as mp007 } from './mp007-citation-file-unreadable';

/** Every rule, in id order. Adding a rule is one line here. */
export const rules: Rule[] = [
  mp001,
  mp002,
  mp003,
  mp004,
  mp005,
  mp006,
  mp007,
];
