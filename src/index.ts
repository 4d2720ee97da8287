/**
 * `@vlaio/pio-rules`: the rules of Flanders' Programma Innovatieve Overheidsopdrachten (PIO),
 * exact and explained. Every module is also available on its own subpath
 * (`@vlaio/pio-rules/money`, `@vlaio/pio-rules/parameters`, ...).
 *
 * @packageDocumentation
 */
export * from './i18n/index.js';
export * from './issues/index.js';
export * from './money/index.js';
export * from './parameters/index.js';
export * from './time/index.js';
export * from './calls/index.js';
export * from './cofinancing/index.js';
export * from './applications/index.js';
export * from './criteria/index.js';
