import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import type { ApiState } from '../api/use-api.ts';
import { LanguageProvider } from '../i18n/language.tsx';
import { ApiView } from './ApiView.tsx';

const reload = () => undefined;
const render = (state: ApiState<string[]>) =>
  renderToStaticMarkup(
    <LanguageProvider>
      <ApiView state={{ ...state, reload }} isEmpty={(rows) => rows.length === 0} emptyMessage="无数据">
        {(rows) => (
          <ul>
            {rows.map((row) => (
              <li key={row}>{row}</li>
            ))}
          </ul>
        )}
      </ApiView>
    </LanguageProvider>,
  );

describe('ApiView', () => {
  it.each<[string, ApiState<string[]>, RegExp, RegExp | null]>([
    ['ready data, not busy', { status: 'ready', data: ['南湖区'], error: null }, /<li>南湖区<\/li>/, /aria-busy/],
    [
      'data of the last path while the new one loads, busy',
      { status: 'loading', data: ['南湖区'], error: null },
      /<div class="api-view" aria-busy="true"><ul><li>南湖区<\/li><\/ul><\/div>/,
      null,
    ],
    ['nothing yet: the loading state', { status: 'loading', data: null, error: null }, /role="status"/, /api-view/],
    ['empty data', { status: 'ready', data: [], error: null }, /无数据/, /<ul>/],
    ['nothing asked', { status: 'idle', data: null, error: null }, /^$/, null],
  ])('%s', (_name, state, shown, absent) => {
    const html = render(state);
    expect(html).toMatch(shown);
    if (absent) expect(html).not.toMatch(absent);
  });

  it('shows an error with its message instead of any data', () => {
    const error = new ApiError(500, 'internal', '服务器错误');
    const html = render({ status: 'error', data: null, error });
    expect(html).toContain('服务器错误');
    expect(html).not.toContain('api-view');
  });
});
