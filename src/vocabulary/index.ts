export * from './criteria.js';
export * from './fields.js';
export * from './lists.js';
export * from './steps.js';
