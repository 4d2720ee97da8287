export { issueCodes, issueCodesByGroup } from './codes.js';
export type { IssueCode, IssueGroup } from './codes.js';
export type { EnumName, FormatName, IssueParams, TypeName } from './params.js';
export type { IssueData, IssuePath, PioIssue, Severity, Source } from './issue.js';
export { formatPath } from './path.js';
export { isPioRulesError, PioRulesError } from './PioRulesError.js';
export type { Failure, Result, Success } from './Result.js';
