import type { Rule } from '../rule';
import { rule as mp001 } from './citation/mp001-citation-file-missing';
import { rule as mp002 } from './citation/mp002-citation-path-ambiguous';
import { rule as mp003 } from './citation/mp003-citation-line-out-of-range';
import { rule as mp004 } from './citation/mp004-citation-symbol-mismatch';
import { rule as mp005 } from './citation/mp005-citation-empty-range';
import { rule as mp006 } from './citation/mp006-citation-outside-workspace';
import { rule as mp007 } from './citation/mp007-citation-file-unreadable';
import { rule as mp009 } from './citation/mp009-citation-drifted';
import { rule as mp101 } from './macro/mp101-section-missing';
import { rule as mp102 } from './macro/mp102-section-order';
import { rule as mp103 } from './macro/mp103-section-too-long';
import { rule as mp104 } from './macro/mp104-go-code-outside-frozen-section';
import { rule as mp105 } from './macro/mp105-frozen-interface-diverges';
import { rule as mp106 } from './macro/mp106-module-contract-incomplete';
import { rule as mp107 } from './macro/mp107-building-block-count';
import { rule as mp108 } from './macro/mp108-objective-count';
import { rule as mp109 } from './macro/mp109-event-unclassified';
import { rule as mp110 } from './macro/mp110-scoping-table';
import { rule as mp111 } from './macro/mp111-risk-register';
import { rule as mp112 } from './macro/mp112-pr-card-incomplete';
import { rule as mp113 } from './macro/mp113-pr-extension-type';
import { rule as mp114 } from './macro/mp114-pr-building-block-unknown';
import { rule as mp115 } from './macro/mp115-dag-invalid';
import { rule as mp116 } from './macro/mp116-deferred-item';
import { rule as mp117 } from './macro/mp117-revision-note';
import { rule as mp118 } from './macro/mp118-uncited-claim';
import { rule as mp119 } from './macro/mp119-correspondence-table';
import { rule as mp120 } from './macro/mp120-contract-ids';
import { rule as mp121 } from './macro/mp121-section-unwritten';
import { rule as mp201 } from './micro/mp201-contract-anatomy';
import { rule as mp202 } from './micro/mp202-contract-coverage';
import { rule as mp203 } from './micro/mp203-task-anatomy';
import { rule as mp204 } from './micro/mp204-test-strategy';
import { rule as mp205 } from './micro/mp205-deviation-log';
import { rule as mp206 } from './micro/mp206-part-too-long';
import { rule as mp301 } from './design/mp301-design-species';
import { rule as mp302 } from './design/mp302-design-section-missing';
import { rule as mp303 } from './design/mp303-design-modeling-table';
import { rule as mp304 } from './design/mp304-design-invariant-names';
import { rule as mp305 } from './design/mp305-design-decision-incomplete';
import { rule as mp306 } from './design/mp306-design-go-struct';
import { rule as mp307 } from './design/mp307-design-go-implementation';
import { rule as mp308 } from './design/mp308-design-go-interface';
import { rule as mp309 } from './design/mp309-design-line-citation';
import { rule as mp401 } from './spec-kit/mp401-section-missing';
import { rule as mp402 } from './spec-kit/mp402-user-story-incomplete';
import { rule as mp403 } from './spec-kit/mp403-spec-id-duplicate';
import { rule as mp404 } from './spec-kit/mp404-needs-clarification';
import { rule as mp405 } from './spec-kit/mp405-structure-path-missing';
import { rule as mp406 } from './spec-kit/mp406-task-id';
import { rule as mp407 } from './spec-kit/mp407-task-format';
import { rule as mp408 } from './spec-kit/mp408-parallel-same-file';
import { rule as mp409 } from './spec-kit/mp409-task-story-unknown';
import { rule as mp410 } from './spec-kit/mp410-story-without-tasks';
import { rule as mp411 } from './spec-kit/mp411-task-file-missing';
import { rule as mp412 } from './spec-kit/mp412-checklist-item';
import { rule as mp501 } from './superpowers/mp501-superpowers-header';
import { rule as mp502 } from './superpowers/mp502-task-files';
import { rule as mp503 } from './superpowers/mp503-step-checkbox';
import { rule as mp504 } from './superpowers/mp504-step-code';
import { rule as mp505 } from './superpowers/mp505-run-expected';
import { rule as mp506 } from './superpowers/mp506-placeholder';
import { rule as mp507 } from './superpowers/mp507-name-undefined';
import { rule as mp508 } from './superpowers/mp508-modify-path-missing';
import { rule as mp509 } from './superpowers/mp509-create-path-exists';

/** Every rule, in id order. Adding a rule is one line here. */
export const rules: Rule[] = [
  mp001,
  mp002,
  mp003,
  mp004,
  mp005,
  mp006,
  mp007,
  mp009,
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
  mp121,
  mp201,
  mp202,
  mp203,
  mp204,
  mp205,
  mp206,
  mp301,
  mp302,
  mp303,
  mp304,
  mp305,
  mp306,
  mp307,
  mp308,
  mp309,
  mp401,
  mp402,
  mp403,
  mp404,
  mp405,
  mp406,
  mp407,
  mp408,
  mp409,
  mp410,
  mp411,
  mp412,
  mp501,
  mp502,
  mp503,
  mp504,
  mp505,
  mp506,
  mp507,
  mp508,
  mp509,
];
