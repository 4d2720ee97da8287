import {
  explainCofinancing,
  formatEur,
  formatPath,
  localeTables,
  safeComputeCofinancing,
  safeParseEur,
  vocabulary,
  type CofinancingInput,
  type CofinancingResult,
  type CostLine,
  type PioIssue as Issue,
  type Money,
  type ParameterRegistry,
  type ParameterValue,
} from '@vlaio/pio-rules';
import { h, replaceChildren } from './dom.js';
import { emptyLine, type LineState, type PageState } from './state.js';
import { siteTexts } from './texts.js';

/** What the calculator needs from the page around it. */
export interface CofinancingContext {
  readonly state: () => PageState;
  /** Stores a new state in the URL (without a new history entry) and the links that carry it. */
  readonly update: (state: PageState) => void;
  readonly parameters: ParameterRegistry | undefined;
}

interface Computed {
  /** Messages by field id (`amount-0`, `label-2`). */
  readonly fields: ReadonlyMap<string, string>;
  /** The library's result, when every field could be read. */
  readonly result?: { readonly data: CofinancingResult; readonly warnings: readonly Issue[] };
  /** Issues of the computation that concern no field of the form. */
  readonly other: readonly Issue[];
  readonly empty: boolean;
}

function phaseName(state: PageState, line: LineState): string {
  const name = line.phase.trim();
  return name === '' ? siteTexts[state.locale].cofinancing.defaultPhase(1) : name;
}

/** Reads the form with the library (`safeParseEur`) and computes with `safeComputeCofinancing`. */
function compute(state: PageState, parameters: ParameterRegistry | undefined): Computed {
  const { locale } = state;
  const fields = new Map<string, string>();
  const amounts: (Money | undefined)[] = [];
  let empty = false;
  state.lines.forEach((line, i) => {
    if (line.amount.trim() === '') {
      empty = true;
      amounts.push(undefined);
      return;
    }
    const parsed = safeParseEur(line.amount, { locale });
    if (parsed.success) amounts.push(parsed.data);
    else {
      amounts.push(undefined);
      fields.set(`amount-${String(i)}`, parsed.issues.map((issue) => issue.message).join(' '));
    }
  });
  if (empty || fields.size > 0 || state.lines.length === 0)
    return { fields, other: [], empty: empty || state.lines.length === 0 };
  const costLine = (line: LineState, i: number): CostLine => ({
    category: line.category,
    amount: amounts[i] as Money,
    ...(line.label.trim() === '' ? {} : { label: line.label }),
  });
  // Where each cost line of the input came from in the form.
  const origin = new Map<string, number>();
  let input: CofinancingInput;
  if (state.split) {
    const names: string[] = [];
    const groups: { line: LineState; i: number }[][] = [];
    state.lines.forEach((line, i) => {
      const name = phaseName(state, line);
      let k = names.indexOf(name);
      if (k === -1) {
        k = names.push(name) - 1;
        groups.push([]);
      }
      origin.set(`phases.${String(k)}.costs.${String(groups[k]?.length ?? 0)}`, i);
      groups[k]?.push({ line, i });
    });
    input = {
      vat: state.vat,
      phases: names.map((label, k) => ({
        id: `phase-${String(k + 1)}`,
        label,
        costs: (groups[k] ?? []).map(({ line, i }) => costLine(line, i)),
      })),
    };
  } else {
    state.lines.forEach((_, i) => origin.set(`costs.${String(i)}`, i));
    input = { vat: state.vat, costs: state.lines.map(costLine) };
  }
  const computed = safeComputeCofinancing(input, { locale, parameters });
  if (computed.success) return { fields, result: computed, other: [], empty: false };
  const other: Issue[] = [];
  for (const issue of computed.issues) {
    const path = issue.path.map(String);
    const at = state.split ? 4 : 2;
    const line = origin.get(path.slice(0, at).join('.'));
    const field = path[at];
    if (line !== undefined && (field === 'label' || field === 'amount' || field === 'category')) {
      const id = `${field}-${String(line)}`;
      fields.set(id, [fields.get(id), issue.message].filter(Boolean).join(' '));
    } else other.push(issue);
  }
  return { fields, other, empty: false };
}

function valueText(value: ParameterValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function renderResult(state: PageState, computed: Computed): (HTMLElement | null)[] {
  const t = siteTexts[state.locale].cofinancing;
  const { locale } = state;
  const labels = localeTables[locale].labels.enums;
  if (computed.result === undefined) {
    const problems = computed.other.map((issue) =>
      h('li', { 'data-code': issue.code }, `${formatPath(issue.path)}: ${issue.message}`),
    );
    return [
      h(
        'p',
        { class: 'pending', 'data-pending': '' },
        computed.empty && computed.fields.size === 0 ? t.emptyAmount : t.fixFields,
      ),
      ...(problems.length === 0 ? [] : [h('ul', { class: 'issues' }, ...problems)]),
    ];
  }
  const { data, warnings } = computed.result;
  return [
    h(
      'p',
      { class: 'maximum' },
      `${t.maximum}: `,
      h(
        'strong',
        { id: 'maximum', 'data-amount': data.maximum.amount },
        formatEur(data.maximum, { locale }),
      ),
    ),
    h(
      'p',
      { id: 'capped', 'data-capped': String(data.capped) },
      data.capped ? t.capped : t.notCapped,
    ),
    h('p', {}, `${t.eligibleBase}: ${formatEur(data.eligibleBase, { locale })}`),
    data.phases === undefined
      ? null
      : h(
          'div',
          {},
          h('h4', {}, t.phases),
          h(
            'ul',
            { id: 'phase-shares' },
            ...data.phases.map((phase) =>
              h(
                'li',
                { 'data-share': phase.share.amount },
                `${phase.label}: ${formatEur(phase.share, { locale })} (${t.eligibleBase.toLowerCase()} ${formatEur(phase.eligibleBase, { locale })})`,
              ),
            ),
          ),
        ),
    warnings.length === 0
      ? null
      : h(
          'ul',
          { class: 'issues' },
          ...warnings.map((w) => h('li', { class: 'warning' }, w.message)),
        ),
    h('h4', {}, t.explanation),
    h(
      'ol',
      { id: 'explanation' },
      ...explainCofinancing(data, { locale }).map((line) => h('li', {}, line)),
    ),
    h('h4', {}, t.parameters),
    h(
      'table',
      { id: 'parameters', class: 'parameters' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...[t.parameter, t.value, t.validFrom, t.paramStatus, siteTexts[locale].calls.source].map(
            (c) => h('th', { scope: 'col' }, c),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...data.parameters.map((p) =>
          h(
            'tr',
            { 'data-parameter': p.id },
            h('th', { scope: 'row' }, h('code', {}, p.id)),
            h('td', {}, h('code', {}, valueText(p.value))),
            h('td', {}, p.validFrom),
            h('td', {}, labels.parameterStatus[p.status]),
            h(
              'td',
              {},
              h('a', { href: p.source.url, rel: 'noopener', lang: 'nl' }, p.source.title),
            ),
          ),
        ),
      ),
    ),
    h('p', { class: 'rules-note' }, t.rules),
  ];
}

/** The calculator: cost lines, VAT, phases; the result follows every keystroke. */
export function renderCofinancing(context: CofinancingContext): HTMLElement {
  const first = context.state();
  const t = siteTexts[first.locale].cofinancing;
  const labels = localeTables[first.locale].labels.enums;
  const result = h('div', { id: 'result', class: 'result' });
  const live = h('div', {
    id: 'result-live',
    class: 'visually-hidden',
    'aria-live': 'polite',
    'aria-atomic': 'true',
  });
  const lines = h('div', { class: 'lines' });

  const refresh = (): void => {
    const state = context.state();
    const computed = compute(state, context.parameters);
    for (const element of lines.querySelectorAll<HTMLInputElement>('[data-field]')) {
      const id = element.id;
      const message = computed.fields.get(id);
      const note = document.getElementById(`${id}-error`);
      if (note !== null) note.textContent = message ?? '';
      if (message === undefined) element.removeAttribute('aria-invalid');
      else element.setAttribute('aria-invalid', 'true');
    }
    const parts = renderResult(state, computed);
    replaceChildren(result, ...parts);
    // The live region says only the outcome: the maximum and the cap, or what to fix.
    replaceChildren(
      live,
      computed.result === undefined
        ? (parts[0]?.textContent ?? '')
        : `${t.maximum}: ${formatEur(computed.result.data.maximum, { locale: state.locale })}. ${computed.result.data.capped ? t.capped : t.notCapped}.`,
    );
  };

  const setLine = (i: number, change: Partial<LineState>): void => {
    const state = context.state();
    context.update({
      ...state,
      lines: state.lines.map((line, k) => (k === i ? { ...line, ...change } : line)),
    });
    refresh();
  };

  const drawLines = (focus?: string): void => {
    const state = context.state();
    replaceChildren(
      lines,
      ...state.lines.map((line, i) => {
        const n = i + 1;
        const id = (name: string): string => `${name}-${String(i)}`;
        const field = (
          name: string,
          label: string,
          control: HTMLElement,
          hint?: string,
        ): HTMLElement =>
          h(
            'div',
            { class: `field field-${name}` },
            h('label', { for: id(name) }, label),
            control,
            hint === undefined ? null : h('span', { class: 'hint', id: `${id(name)}-hint` }, hint),
            h('span', { class: 'error', id: `${id(name)}-error` }),
          );
        const category = h(
          'select',
          {
            id: id('category'),
            'data-field': '',
            'aria-describedby': `${id('category')}-error`,
            onchange: (e) =>
              setLine(i, {
                category: (e.target as HTMLSelectElement).value as LineState['category'],
              }),
          },
          ...vocabulary.costCategories.map((c) =>
            h('option', { value: c, selected: c === line.category }, labels.costCategory[c]),
          ),
        );
        const amount = h('input', {
          id: id('amount'),
          'data-field': '',
          inputmode: 'decimal',
          autocomplete: 'off',
          value: line.amount,
          'aria-describedby': `${id('amount')}-hint ${id('amount')}-error`,
          oninput: (e) => setLine(i, { amount: (e.target as HTMLInputElement).value }),
        });
        const label = h('input', {
          id: id('label'),
          'data-field': '',
          value: line.label,
          'aria-describedby': `${id('label')}-error`,
          oninput: (e) => setLine(i, { label: (e.target as HTMLInputElement).value }),
        });
        const phase = state.split
          ? field(
              'phase',
              t.phase,
              h('input', {
                id: id('phase'),
                value: line.phase,
                oninput: (e) => setLine(i, { phase: (e.target as HTMLInputElement).value }),
              }),
            )
          : null;
        return h(
          'fieldset',
          { class: 'line', 'data-line': i },
          h('legend', {}, t.line(n)),
          field('category', t.category, category),
          field('amount', t.amount, amount, t.amountHint),
          field('label', t.label, label),
          phase,
          h(
            'button',
            {
              type: 'button',
              class: 'remove',
              'aria-label': t.remove(n),
              onclick: () => {
                const now = context.state();
                context.update({ ...now, lines: now.lines.filter((_, k) => k !== i) });
                drawLines('add-line');
                refresh();
              },
            },
            '×',
          ),
        );
      }),
    );
    if (focus !== undefined) document.getElementById(focus)?.focus();
  };

  const vat = h(
    'fieldset',
    { class: 'vat' },
    h('legend', {}, t.vat),
    ...vocabulary.vatTreatments.map((v) =>
      h(
        'label',
        { class: 'choice' },
        h('input', {
          type: 'radio',
          name: 'vat',
          value: v,
          checked: v === first.vat,
          onchange: () => {
            context.update({ ...context.state(), vat: v });
            refresh();
          },
        }),
        ` ${labels.vatTreatment[v]}`,
      ),
    ),
  );

  const split = h(
    'label',
    { class: 'choice' },
    h('input', {
      type: 'checkbox',
      id: 'split',
      checked: first.split,
      onchange: (e) => {
        const state = context.state();
        const on = (e.target as HTMLInputElement).checked;
        context.update({
          ...state,
          split: on,
          lines: state.lines.map((line) =>
            on && line.phase.trim() === '' ? { ...line, phase: t.defaultPhase(1) } : line,
          ),
        });
        drawLines();
        refresh();
      },
    }),
    ` ${t.split}`,
  );

  const section = h(
    'section',
    { id: 'cofinancing', 'aria-labelledby': 'cofinancing-heading' },
    h('h2', { id: 'cofinancing-heading' }, t.heading),
    h('p', { class: 'intro' }, t.intro),
    h(
      'div',
      { class: 'calc-grid' },
      h(
        'form',
        { class: 'calculator', onsubmit: (e) => e.preventDefault() },
        h(
          'fieldset',
          { class: 'cost-lines' },
          h('legend', {}, t.lines),
          lines,
          h(
            'button',
            {
              type: 'button',
              id: 'add-line',
              onclick: () => {
                const state = context.state();
                const last = state.lines.at(-1);
                context.update({
                  ...state,
                  lines: [
                    ...state.lines,
                    emptyLine(last?.phase ?? (state.split ? t.defaultPhase(1) : '')),
                  ],
                });
                drawLines(`amount-${String(state.lines.length)}`);
                refresh();
              },
            },
            t.add,
          ),
        ),
        vat,
        split,
      ),
      h(
        'div',
        { class: 'result-panel' },
        h('h3', {}, t.result),
        live,
        result,
        h(
          'p',
          { class: 'actions' },
          h('a', { id: 'share', href: '#', 'data-share-link': '' }, t.share),
          ' ',
          h('button', { type: 'button', id: 'print', onclick: () => window.print() }, t.print),
        ),
      ),
    ),
  );
  drawLines();
  refresh();
  return section;
}
