/**
 * The calls calendar: two regular calls a year (sometimes a thematic call beside them), each
 * with its deadline as an exact instant in the programme's time zone; projected calls for years
 * without published dates, always marked as such.
 *
 * @module
 */
export { builtInCalls } from './builtInCalls.js';
export { callForSubmission } from './callForSubmission.js';
export type { CallForSubmissionOptions } from './callForSubmission.js';
export { callStatus } from './callStatus.js';
export type { CallStatusOptions } from './callStatus.js';
export { createCallCalendar } from './createCallCalendar.js';
export { defaultCallCalendar } from './defaultCallCalendar.js';
export { formatDeadline } from './formatDeadline.js';
export type { FormatDeadlineOptions } from './formatDeadline.js';
export { getCall } from './getCall.js';
export type { GetCallOptions } from './getCall.js';
export { getCalls } from './getCalls.js';
export type { GetCallsOptions } from './getCalls.js';
export { isOnTime } from './isOnTime.js';
export type { IsOnTimeOptions } from './isOnTime.js';
export { nextDeadline } from './nextDeadline.js';
export type { NextDeadlineOptions } from './nextDeadline.js';
export { safeCreateCallCalendar } from './safeCreateCallCalendar.js';
export type { CreateCallCalendarOptions } from './safeCreateCallCalendar.js';
export type {
  Call,
  CallCalendar,
  CallCalendarEntry,
  CallDataStatus,
  CallInput,
  CallKind,
  CallStatus,
} from './types.js';
