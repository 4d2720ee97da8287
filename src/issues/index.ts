export {
  applicationIssueCodes,
  callIssueCodes,
  cofinancingIssueCodes,
  criteriaIssueCodes,
  issueCodes,
  moneyIssueCodes,
  parameterIssueCodes,
  structureIssueCodes,
  timeIssueCodes,
} from './codes.js';
export type { IssueCode } from './codes.js';
export { createIssue, localizeIssue } from './createIssue.js';
export type { CreateIssueOptions } from './createIssue.js';
export type { IssuePath, PioIssue, Severity, Source } from './PioIssue.js';
export { fail, isPioRulesError, PioRulesError } from './PioRulesError.js';
export type { Failure, SafeResult, Success } from './Result.js';
export { describeType } from './describe.js';
