/**
 * Decision records: every decision reproducible, tamper-evident and replayable under other rules.
 * A record (`pio-rules/decision@1`) keeps the input in canonical JSON (RFC 8785), the digests of
 * the rules in force, every parameter version read, the trace and the outcome, each with its
 * SHA-256 (Web Crypto). See docs/decision-records.md.
 *
 * @module
 */
export { canonicalJson } from './canonicalJson.js';
export { sha256Hex } from './sha256.js';
export { DECISION_RECORD_FORMAT, recordDecision, recordValidation } from './recordDecision.js';
export { verifyRecord } from './verifyRecord.js';
export { replayRecords } from './replayRecords.js';
export type { ReplayRecordsOptions } from './replayRecords.js';
export type { KindResults } from './kinds.js';
export type { OnTimeDecision } from './onTimeKind.js';
export type * from './types.js';
