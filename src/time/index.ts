export type { InstantInput } from './instant.js';
export type { IsoDate } from './zoned.js';
