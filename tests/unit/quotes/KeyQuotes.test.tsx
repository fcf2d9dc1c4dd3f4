// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { KeyQuotes, QUOTES_SHOWN } from '@/components/KeyQuotes';
import type { KeyQuote } from '@/lib/quotes';

const best: KeyQuote = {
  text: 'the best in history',
  speaker: 'Vladimir Putin',
  role: 'Russian President',
  partial: true,
  score: 3.2,
  sources: [
    { url: 'https://kyivindependent.com/xi-putin#top', outlet: 'The Kyiv Independent', paragraph: 4, text: 'the best in history' },
    { url: 'https://www.theguardian.com/world/putin-xi', outlet: 'The Guardian', paragraph: 3, text: 'best in history' },
  ],
};

function mount(quotes: KeyQuote[]): HTMLElement {
  const root = document.createElement('div');
  render(<KeyQuotes quotes={quotes} />, root);
  return root;
}

describe('KeyQuotes', () => {
  it('shows a remark without the comma that led back into the sentence', () => {
    const xi = { ...best, text: 'China is ready to be global partners,', partial: false };
    expect(mount([xi]).querySelector('blockquote q')?.textContent).toBe('China is ready to be global partners');
  });

  it('shows the quote, speaker, role and one link per outlet', () => {
    const root = mount([best]);
    expect(root.querySelector('blockquote q')?.textContent).toBe('the best in history');
    expect(root.querySelector('[data-testid=speaker]')?.textContent).toBe('Vladimir Putin');
    expect(root.querySelector('[data-testid=role]')?.textContent).toContain('Russian President');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-testid=outlet]')];
    expect(links.map((a) => a.textContent)).toEqual(['The Kyiv Independent', 'The Guardian']);
  });

  it('marks the words with their language, so the browser sets its quotation marks („…“ in German)', () => {
    const german = { ...best, text: 'Der Weg wird nicht einfach sein', lang: 'de-DE' };
    expect(mount([german]).querySelector('blockquote')?.getAttribute('lang')).toBe('de-DE');
    expect(mount([best]).querySelector('blockquote')?.hasAttribute('lang')).toBe(false);
  });

  it('links each outlet at the quote with an encoded text fragment, replacing any hash', () => {
    const links = [...mount([best]).querySelectorAll<HTMLAnchorElement>('[data-testid=outlet]')];
    expect(links[0].getAttribute('href')).toBe('https://kyivindependent.com/xi-putin#:~:text=the%20best%20in%20history');
    expect(links[1].getAttribute('href')).toBe('https://www.theguardian.com/world/putin-xi#:~:text=best%20in%20history');
    expect(links[0].getAttribute('rel')).toContain('noopener');
  });

  it('says when a quote has no speaker and renders nothing without quotes', () => {
    const root = mount([{ ...best, speaker: undefined, role: undefined }]);
    expect(root.textContent).toContain('Unattributed');
    expect(mount([]).innerHTML).toBe('');
  });

  it('credits an outlet once when two of its articles report the remark', () => {
    const twice = { ...best, sources: [...best.sources, { ...best.sources[0], url: 'https://kyivindependent.com/earlier' }] };
    const outlets = [...mount([twice]).querySelectorAll('[data-testid=outlet]')].map((a) => a.textContent);
    expect(outlets).toEqual(['The Kyiv Independent', 'The Guardian']);
  });

  it('shows the first quotes and keeps the rest behind "More quotes"', () => {
    const many = Array.from({ length: QUOTES_SHOWN + 3 }, (_, i) => ({ ...best, text: `remark number ${i}` }));
    const root = mount(many);
    expect(root.querySelectorAll('[data-testid=key-quote]')).toHaveLength(QUOTES_SHOWN + 3);
    const more = root.querySelector('details[data-testid=more-quotes]');
    expect(more?.querySelector('summary')?.textContent).toBe('More quotes (3)');
    expect(more?.querySelectorAll('[data-testid=key-quote]')).toHaveLength(3);
    expect(mount(many.slice(0, QUOTES_SHOWN)).querySelector('[data-testid=more-quotes]')).toBeNull();
  });
});
