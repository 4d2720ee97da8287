export * from './criteria.js';
export * from './lists.js';
export * from './steps.js';
