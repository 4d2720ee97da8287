import type { LocaleTable } from '../LocaleTable.js';
import { calls } from './calls.js';
import { criteria } from './criteria.js';
import { issues } from './issues.js';
import { steps } from './steps.js';
import { labels, words } from './words.js';

/** Everything the library says in English. */
export const en: LocaleTable = {
  words,
  labels,
  issues,
  steps,
  criteria,
  calls,
  assumption: '(assumption)',
};
