import {
  negotiateLocale,
  vocabulary,
  type CostCategory,
  type Locale,
  type VatTreatment,
} from '@vlaio/pio-rules';

/** The three tools of the page. */
export const tools = ['calls', 'cofinancing', 'checker'] as const;
/** One tool. */
export type Tool = (typeof tools)[number];

/** A cost line as typed: the amount is the text, read by the library's `safeParseEur`. */
export interface LineState {
  readonly category: CostCategory;
  readonly amount: string;
  readonly label: string;
  readonly phase: string;
}

/** Everything the page shows, kept in the URL's hash so that a link reopens it. */
export interface PageState {
  readonly tool: Tool;
  readonly locale: Locale;
  readonly lines: readonly LineState[];
  readonly vat: VatTreatment;
  readonly split: boolean;
  /** The example the checker was started from, if any. */
  readonly example: string | undefined;
}

const SEPARATOR = '|';

function lineOf(text: string): LineState | undefined {
  const [category = '', amount = '', label = '', phase = ''] = text
    .split(SEPARATOR)
    .map((part) => decodeURIComponent(part));
  if (!(vocabulary.costCategories as readonly string[]).includes(category)) return undefined;
  return { category: category as CostCategory, amount, label, phase };
}

/** An empty line of a category, in the first phase. */
export function emptyLine(phase: string): LineState {
  return { category: 'rd-services', amount: '', label: '', phase };
}

/** Reads the state from a hash (`#tool=cofinancing&lang=en&line=…`); anything unknown gets its default. */
export function readState(hash: string): PageState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const tool = params.get('tool');
  const vat = params.get('vat');
  const lines = params
    .getAll('line')
    .map(lineOf)
    .filter((line): line is LineState => line !== undefined);
  return {
    tool: (tools as readonly (string | null)[]).includes(tool) ? (tool as Tool) : 'calls',
    locale: negotiateLocale(params.get('lang') ?? 'nl') ?? 'nl',
    lines,
    vat: (vocabulary.vatTreatments as readonly (string | null)[]).includes(vat)
      ? (vat as VatTreatment)
      : 'excluded',
    split: params.get('split') === '1',
    example: params.get('example') ?? undefined,
  };
}

/** Writes the state as a hash; a tool's own state only goes with that tool. */
export function writeState(state: PageState): string {
  const params = new URLSearchParams();
  params.set('tool', state.tool);
  params.set('lang', state.locale);
  if (state.tool === 'cofinancing') {
    for (const line of state.lines)
      params.append(
        'line',
        [line.category, line.amount, line.label, line.phase]
          .map((part) => encodeURIComponent(part))
          .join(SEPARATOR),
      );
    if (state.vat !== 'excluded') params.set('vat', state.vat);
    if (state.split) params.set('split', '1');
  }
  if (state.tool === 'checker' && state.example !== undefined) params.set('example', state.example);
  return `#${params.toString()}`;
}
