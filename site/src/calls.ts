import {
  formatDeadline,
  getCalls,
  localeTables,
  nextDeadline,
  type Call,
  type Locale,
} from '@vlaio/pio-rules';
import { h } from './dom.js';
import { siteTexts } from './texts.js';

const MINUTE = 60_000;

/** The year of an instant in Brussels (the browser's own time zone plays no part). */
function brusselsYear(now: Date): number {
  return Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(now),
  );
}

function timeLeft(locale: Locale, call: Call, now: Date): string {
  const minutes = Math.floor((call.deadline.getTime() - now.getTime()) / MINUTE);
  return siteTexts[locale].calls.left(
    Math.floor(minutes / 1440),
    Math.floor((minutes % 1440) / 60),
    minutes % 60,
  );
}

function callRow(locale: Locale, call: Call, now: Date): HTMLTableRowElement {
  const t = siteTexts[locale].calls;
  const labels = localeTables[locale].labels.enums;
  const closed = call.deadline.getTime() <= now.getTime();
  return h(
    'tr',
    { 'data-call': call.id, class: closed ? 'closed' : undefined },
    h('th', { scope: 'row' }, h('span', { class: 'call-id' }, call.id), ' ', call.title[locale]),
    h('td', {}, labels.callKind[call.kind]),
    h(
      'td',
      {},
      h('time', { datetime: call.deadline.toISOString() }, formatDeadline(call, { locale })),
      closed ? h('span', { class: 'closed-note' }, ` (${t.closed})`) : null,
    ),
    h(
      'td',
      {},
      h(
        'span',
        { class: `status status-${call.status}`, 'data-status': call.status },
        labels.callDataStatus[call.status],
      ),
    ),
    h(
      'td',
      {},
      call.source === undefined
        ? t.noSource
        : h(
            'a',
            { href: call.source.url, rel: 'noopener' },
            `${t.sourceLink}: `,
            // The cited documents are Flemish: their titles are Dutch, and marked so.
            h('span', { lang: 'nl' }, call.source.title),
          ),
    ),
  );
}

let ticker: ReturnType<typeof setInterval> | undefined;

/**
 * The calls tool: this year's and next year's calls, and the next deadline with the time left
 * (read again from the browser's clock every 30 seconds while the tool is shown).
 */
export function renderCalls(
  locale: Locale,
  now: Date,
  clock: () => Date = () => new Date(),
): HTMLElement {
  const t = siteTexts[locale].calls;
  const year = brusselsYear(now);
  const next = nextDeadline({ at: now, locale });
  if (ticker !== undefined) clearInterval(ticker);
  ticker = setInterval(() => {
    const left = document.querySelector('#next-deadline [data-left]');
    if (left === null || next === undefined) {
      clearInterval(ticker);
      return;
    }
    const at = clock();
    // Past the deadline: draw the tool again, with the call after it.
    if (at.getTime() >= next.deadline.getTime()) window.dispatchEvent(new Event('hashchange'));
    else left.textContent = timeLeft(locale, next, at);
  }, 30_000);
  return h(
    'section',
    { id: 'calls', 'aria-labelledby': 'calls-heading' },
    h('h2', { id: 'calls-heading' }, t.heading),
    h('p', {}, t.intro),
    h(
      'div',
      { class: 'next', role: 'status', id: 'next-deadline' },
      h('h3', {}, t.next),
      next === undefined
        ? h('p', {}, t.noNext)
        : h(
            'p',
            {},
            h('strong', {}, `${next.id} ${next.title[locale]}: `),
            formatDeadline(next, { locale }),
            h('br'),
            h('span', { class: 'left', 'data-left': '' }, timeLeft(locale, next, now)),
          ),
    ),
    ...[year, year + 1].map((y) =>
      h(
        'table',
        { class: 'calls', 'data-year': y },
        h('caption', {}, t.year(y)),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...[t.call, t.kind, t.deadline, t.status, t.source].map((c) =>
              h('th', { scope: 'col' }, c),
            ),
          ),
        ),
        h('tbody', {}, ...getCalls({ year: y, locale }).map((call) => callRow(locale, call, now))),
      ),
    ),
  );
}
