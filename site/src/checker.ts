import {
  formatEur,
  formatPath,
  safeValidateApplication,
  type PioIssue as Issue,
  type IssuePath,
  type ParameterRegistry,
} from '@vlaio/pio-rules';
import { recordValidation } from '@vlaio/pio-rules/records';
import { h, replaceChildren } from './dom.js';
import type { PageState } from './state.js';
import { siteTexts } from './texts.js';

/** The examples of examples/applications, by file name without `.json` (from examples.js). */
export type Examples = Readonly<Record<string, unknown>>;

/** What the checker needs from the page around it. */
export interface CheckerContext {
  readonly state: () => PageState;
  readonly update: (state: PageState) => void;
  readonly parameters: ParameterRegistry | undefined;
  readonly examples: Examples;
  /** The browser's clock, read by the page: "now" for a draft without `submittedAt`. */
  readonly now: () => Date;
}

interface Row {
  readonly path: IssuePath;
  readonly value: unknown;
  readonly present: boolean;
}

const key = (path: IssuePath): string => JSON.stringify(path);

/** Every field of the proposal, depth first; a missing field with an issue right after its parent's fields. */
function rowsOf(value: unknown, issues: readonly Issue[]): Row[] {
  const present = new Set<string>();
  const rows: Row[] = [];
  const missingUnder = new Map<string, IssuePath[]>();
  const walk = (node: unknown, path: IssuePath): void => {
    present.add(key(path));
    rows.push({ path, value: node, present: true });
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
    else if (typeof node === 'object' && node !== null)
      for (const [name, item] of Object.entries(node)) walk(item, [...path, name]);
  };
  walk(value, []);
  for (const issue of issues) {
    if (present.has(key(issue.path))) continue;
    const parent = key(issue.path.slice(0, -1));
    const list = missingUnder.get(parent) ?? [];
    if (!list.some((p) => key(p) === key(issue.path))) list.push(issue.path);
    missingUnder.set(parent, list);
    present.add(key(issue.path));
  }
  // Insert the missing fields after the last row under their parent (or at the end).
  const out: Row[] = [];
  const isUnder = (path: IssuePath, parent: IssuePath): boolean =>
    path.length >= parent.length && parent.every((part, i) => path[i] === part);
  rows.forEach((row, i) => {
    out.push(row);
    const next = rows[i + 1];
    // Close every parent whose subtree ends here.
    for (let depth = row.path.length; depth >= 0; depth -= 1) {
      const parent = row.path.slice(0, depth);
      if (next !== undefined && isUnder(next.path, parent)) break;
      const missing = missingUnder.get(key(parent));
      if (missing !== undefined) {
        for (const path of missing) out.push({ path, value: undefined, present: false });
        missingUnder.delete(key(parent));
      }
    }
  });
  for (const missing of missingUnder.values())
    for (const path of missing) out.push({ path, value: undefined, present: false });
  return out;
}

function shownValue(value: unknown): string {
  if (Array.isArray(value)) return `[${String(value.length)}]`;
  if (typeof value === 'object' && value !== null) return '{…}';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

const rank = (issue: Issue): number => (issue.severity === 'error' ? 0 : 1);

/** The proposal checker: a small JSON editor, and every issue beside its field. */
export function renderChecker(context: CheckerContext): HTMLElement {
  const first = context.state();
  const { locale } = first;
  const t = siteTexts[locale].checker;
  const names = Object.keys(context.examples).sort();
  const editor = h('textarea', {
    id: 'proposal',
    spellcheck: 'false',
    rows: 18,
    'aria-describedby': 'drop-hint',
  });
  const summary = h('div', { id: 'check-summary', 'aria-live': 'polite', role: 'status' });
  const fields = h('ol', { id: 'fields', class: 'fields', 'aria-label': t.fields });
  const overview = h('ol', { id: 'overview', class: 'issues overview' });
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = (): void => {
    const text = editor.value;
    if (text.trim() === '') {
      replaceChildren(summary, h('p', {}, t.empty));
      replaceChildren(fields);
      replaceChildren(overview);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      editor.setAttribute('aria-invalid', 'true');
      replaceChildren(summary, h('p', { class: 'error' }, t.notJson));
      replaceChildren(fields);
      replaceChildren(overview);
      return;
    }
    editor.removeAttribute('aria-invalid');
    const checked = safeValidateApplication(value, {
      locale,
      at: context.now(),
      parameters: context.parameters,
    });
    const issues = [...(checked.success ? checked.warnings : checked.issues)].sort(
      (a, b) => rank(a) - rank(b),
    );
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    replaceChildren(
      summary,
      h('p', {}, checked.success ? `${t.valid} ` : '', t.summary(errors, issues.length - errors)),
      checked.success
        ? h(
            'p',
            {},
            `${t.maximum}: `,
            h(
              'strong',
              { 'data-amount': checked.data.cofinancing.maximum.amount },
              formatEur(checked.data.cofinancing.maximum, { locale }),
            ),
          )
        : null,
    );
    const byPath = new Map<string, Issue[]>();
    for (const issue of issues) {
      const list = byPath.get(key(issue.path)) ?? [];
      list.push(issue);
      byPath.set(key(issue.path), list);
    }
    replaceChildren(
      overview,
      ...issues.map((issue) =>
        h(
          'li',
          { class: issue.severity, 'data-code': issue.code },
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              onclick: () =>
                fields
                  .querySelector<HTMLElement>(`[data-path="${CSS.escape(formatPath(issue.path))}"]`)
                  ?.focus(),
            },
            formatPath(issue.path) === '' ? t.whole : formatPath(issue.path),
          ),
          `: ${issue.message}`,
        ),
      ),
    );
    replaceChildren(
      fields,
      ...rowsOf(value, issues).map((row) => {
        const found = byPath.get(key(row.path)) ?? [];
        const path = formatPath(row.path);
        return h(
          'li',
          {
            'data-path': path,
            tabindex: -1,
            class: found.length === 0 ? 'row' : `row has-${found[0]?.severity ?? 'error'}`,
            style: `--depth:${String(row.path.length)}`,
          },
          h('span', { class: 'path' }, path === '' ? t.whole : path),
          ' ',
          row.present
            ? h('code', { class: 'value' }, row.path.length === 0 ? '' : shownValue(row.value))
            : h('span', { class: 'missing' }, t.missing),
          found.length === 0
            ? null
            : h(
                'ul',
                { class: 'issues' },
                ...found.map((issue) =>
                  h(
                    'li',
                    { class: issue.severity, 'data-code': issue.code },
                    h('strong', {}, `${issue.severity === 'error' ? t.error : t.warning}: `),
                    issue.message,
                  ),
                ),
              ),
        );
      }),
    );
  };

  const setText = (text: string): void => {
    editor.value = text;
    check();
  };
  const later = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(check, 150);
  };
  editor.addEventListener('input', later);
  editor.addEventListener('dragover', (e) => e.preventDefault());
  editor.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (file === undefined) return;
    e.preventDefault();
    void file.text().then(setText);
  });

  const select = h(
    'select',
    { id: 'example' },
    h('option', { value: '' }, t.chooseExample),
    ...names.map((name) => h('option', { value: name, selected: name === first.example }, name)),
  );
  const loadExample = (name: string): void => {
    const example = context.examples[name];
    if (example === undefined) return;
    context.update({ ...context.state(), example: name });
    setText(`${JSON.stringify(example, null, 2)}\n`);
  };

  const fileName = (): string => context.state().example ?? 'proposal';
  const download = (text: string, name: string): void => {
    const link = h('a', {
      href: URL.createObjectURL(new Blob([text], { type: 'application/json' })),
      download: name,
    });
    link.click();
    URL.revokeObjectURL(link.href);
  };
  // The decision record of the proposal as the editor holds it: `recordValidation` of the
  // library's records entry, judged at the browser's "now" (as the check above is), with the
  // digests made by Web Crypto. Without `crypto.subtle` (a page served over plain http from
  // another host than this machine is no secure context) the page says so instead.
  const recordStatus = h('p', { id: 'record-status', role: 'status', 'aria-live': 'polite' });
  let recording = false;
  const downloadRecord = async (): Promise<void> => {
    if (recording) return;
    const say = (text: string, failed: boolean): void =>
      replaceChildren(recordStatus, failed ? h('span', { class: 'error' }, text) : text);
    if (editor.value.trim() === '') {
      say(t.recordEmpty, true);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(editor.value);
    } catch {
      say(t.recordNotJson, true);
      return;
    }
    // `crypto.subtle` is typed as always there; on an insecure page it is not.
    if ((globalThis.crypto as Partial<Crypto> | undefined)?.subtle === undefined) {
      say(t.noCrypto, true);
      return;
    }
    recording = true;
    say(t.recording, false);
    try {
      const now = context.now();
      // `recordDecision('validation', …)` without the code of the other kinds in the page.
      const { record } = await recordValidation(value, {
        decidedAt: now,
        at: now,
        locale,
        parameters: context.parameters,
      });
      const name = `${fileName()}.record.json`;
      download(`${JSON.stringify(record, null, 2)}\n`, name);
      say(t.recorded(name, record.outcome.success, record.digest), false);
    } catch (error) {
      say(t.recordFailed(error instanceof Error ? error.message : String(error)), true);
    } finally {
      recording = false;
    }
  };

  const section = h(
    'section',
    { id: 'checker', 'aria-labelledby': 'checker-heading' },
    h('h2', { id: 'checker-heading' }, t.heading),
    h('p', {}, t.intro),
    h(
      'div',
      { class: 'checker-controls' },
      h('label', { for: 'example' }, t.example),
      select,
      h(
        'button',
        { type: 'button', id: 'load-example', onclick: () => loadExample(select.value) },
        t.load,
      ),
      h('span', { id: 'drop-hint' }, t.drop),
      h('label', { for: 'file', class: 'visually-hidden' }, t.file),
      h('input', {
        type: 'file',
        id: 'file',
        accept: 'application/json,.json',
        onchange: (e) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file !== undefined) void file.text().then(setText);
        },
      }),
    ),
    h(
      'div',
      { class: 'checker-grid' },
      h(
        'div',
        {},
        h('label', { for: 'proposal' }, t.editor),
        editor,
        h(
          'p',
          { class: 'downloads' },
          h(
            'button',
            {
              type: 'button',
              id: 'download-proposal',
              onclick: () => download(editor.value, `${fileName()}.json`),
            },
            t.download,
          ),
          ' ',
          h(
            'button',
            {
              type: 'button',
              id: 'download-record',
              'aria-describedby': 'record-hint',
              onclick: () => void downloadRecord(),
            },
            t.downloadRecord,
          ),
        ),
        h('p', { id: 'record-hint', class: 'hint' }, t.recordHint),
        recordStatus,
      ),
      h('div', {}, h('h3', {}, t.fields), summary, overview, fields),
    ),
  );
  if (first.example !== undefined && context.examples[first.example] !== undefined)
    loadExample(first.example);
  else check();
  return section;
}
