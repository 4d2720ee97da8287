export { defaultLocale, negotiateLocale } from './Locale.js';
export type { Locale, LocaleTag } from './Locale.js';
export type { LocalizedText } from './LocalizedText.js';
export type { Formatter } from './Formatter.js';
export type {
  CallTexts,
  CriteriaTexts,
  CriterionText,
  FieldText,
  IssueTexts,
  Labels,
  LocaleTable,
  ProjectionSlotText,
  StepTexts,
  Words,
} from './LocaleTable.js';
export { issueMessage, localeTables } from './render.js';
export type { IssueMessageOptions } from './render.js';
