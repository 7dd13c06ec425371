import type { Rule } from '../rule';
import { rule as mp001 } from './mp001-citation-file-missing';
import { rule as mp002 } from './mp002-citation-path-ambiguous';
import { rule as mp003 } from './mp003-citation-line-out-of-range';
import { rule as mp004 } from './mp004-citation-symbol-mismatch';
import { rule as mp005 } from './mp005-citation-empty-range';
import { rule as mp006 } from './mp006-citation-outside-workspace';
import { rule as mp007 } from './mp007-citation-file-unreadable';
import { rule as mp101 } from './mp101-section-missing';
import { rule as mp102 } from './mp102-section-order';
import { rule as mp103 } from './mp103-section-too-long';
import { rule as mp104 } from './mp104-go-code-outside-frozen-section';
import { rule as mp105 } from './mp105-frozen-interface-diverges';
import { rule as mp106 } from './mp106-module-contract-incomplete';
import { rule as mp107 } from './mp107-building-block-count';
import { rule as mp108 } from './mp108-objective-count';
import { rule as mp109 } from './mp109-event-unclassified';
import { rule as mp110 } from './mp110-scoping-table';
import { rule as mp111 } from './mp111-risk-register';
import { rule as mp112 } from './mp112-pr-card-incomplete';
import { rule as mp113 } from './mp113-pr-extension-type';
import { rule as mp114 } from './mp114-pr-building-block-unknown';
import { rule as mp115 } from './mp115-dag-invalid';
import { rule as mp116 } from './mp116-deferred-item';
import { rule as mp117 } from './mp117-revision-note';
import { rule as mp118 } from './mp118-uncited-claim';
import { rule as mp119 } from './mp119-correspondence-table';
import { rule as mp120 } from './mp120-contract-ids';

/** Every rule, in id order. Adding a rule is one line here. */
export const rules: Rule[] = [
  mp001,
  mp002,
  mp003,
  mp004,
  mp005,
  mp006,
  mp007,
  mp101,
  mp102,
  mp103,
  mp104,
  mp105,
  mp106,
  mp107,
  mp108,
  mp109,
  mp110,
  mp111,
  mp112,
  mp113,
  mp114,
  mp115,
  mp116,
  mp117,
  mp118,
  mp119,
  mp120,
];
