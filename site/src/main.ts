import {
  createParameterRegistry,
  defaultParameters,
  type ParameterDefinition,
  type ParameterRegistry,
} from '@vlaio/pio-rules';
import { renderCalls } from './calls.js';
import { renderChecker, type Examples } from './checker.js';
import { renderCofinancing } from './cofinancing.js';
import { h, replaceChildren } from './dom.js';
import { emptyLine, readState, writeState, type PageState, type Tool } from './state.js';
import { siteTexts } from './texts.js';

/**
 * A what-if registry, set at build time (`npm run site -- --parameters file.json`): parameter
 * definitions that replace the built-in ones. `null` in the normal build.
 */
declare const __PIO_PARAMETERS__: readonly ParameterDefinition[] | null;

declare global {
  interface Window {
    /** The example proposals, set by examples.js. */
    __PIO_EXAMPLES__?: Examples;
  }
}

// The build checked the definitions (scripts/build-site.ts), so the throwing twin is safe here.
const parameters: ParameterRegistry | undefined =
  __PIO_PARAMETERS__ === null
    ? undefined
    : createParameterRegistry(__PIO_PARAMETERS__, { base: defaultParameters }).data;

let state: PageState = readState(window.location.hash);

/** The state with what a tool needs to start (one empty cost line for the calculator). */
function withDefaults(given: PageState): PageState {
  return given.tool === 'cofinancing' && given.lines.length === 0
    ? { ...given, lines: [emptyLine('')] }
    : given;
}

function href(change: Partial<PageState>): string {
  return writeState({ ...state, ...change });
}

function syncLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-tool-link]'))
    link.href = href({ tool: link.dataset['toolLink'] as Tool });
  const other = document.querySelector<HTMLAnchorElement>('[data-lang-link]');
  if (other !== null) other.href = href({ locale: siteTexts[state.locale].otherLanguage.locale });
  const share = document.querySelector<HTMLAnchorElement>('[data-share-link]');
  if (share !== null) share.href = window.location.href;
}

function update(next: PageState): void {
  state = next;
  window.history.replaceState(null, '', writeState(state));
  syncLinks();
}

function render(): void {
  state = withDefaults(readState(window.location.hash));
  window.history.replaceState(null, '', writeState(state));
  const t = siteTexts[state.locale];
  document.documentElement.lang = state.locale;
  document.title = `${t.nav[state.tool]} · ${t.title}`;
  const context = { state: () => state, update, parameters };
  const tool =
    state.tool === 'calls'
      ? renderCalls(state.locale, new Date())
      : state.tool === 'cofinancing'
        ? renderCofinancing(context)
        : renderChecker({
            ...context,
            examples: window.__PIO_EXAMPLES__ ?? {},
            now: () => new Date(),
          });
  const other = t.otherLanguage;
  const app = document.getElementById('app');
  if (app === null) return;
  replaceChildren(
    app,
    h('a', { class: 'skip', href: '#main', onclick: skipToMain }, t.skip),
    h(
      'header',
      {},
      h('h1', {}, t.title),
      h('p', { class: 'tagline' }, t.tagline),
      h(
        'nav',
        { 'aria-label': t.nav.label },
        h(
          'ul',
          {},
          ...(['calls', 'cofinancing', 'checker'] as const).map((name) =>
            h(
              'li',
              {},
              h(
                'a',
                {
                  'data-tool-link': name,
                  href: href({ tool: name }),
                  'aria-current': name === state.tool ? 'page' : undefined,
                },
                t.nav[name],
              ),
            ),
          ),
          h('li', {}, h('a', { href: 'docs/index.html', id: 'docs-link' }, t.nav.docs)),
          h(
            'li',
            { class: 'language' },
            h(
              'a',
              {
                'data-lang-link': '',
                href: href({ locale: other.locale }),
                lang: other.locale,
                hreflang: other.locale,
              },
              other.name,
            ),
          ),
        ),
      ),
    ),
    h('main', { id: 'main', tabindex: -1 }, tool),
    h('footer', {}, h('p', {}, t.footer)),
  );
  syncLinks();
}

function skipToMain(event: Event): void {
  // The hash holds the state, so the skip link moves the focus instead of the URL.
  event.preventDefault();
  document.getElementById('main')?.focus();
}

window.addEventListener('hashchange', render);
render();
