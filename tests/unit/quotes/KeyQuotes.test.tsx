// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { KeyQuotes } from '@/components/KeyQuotes';
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
  it('shows the quote, speaker, role and one link per outlet', () => {
    const root = mount([best]);
    expect(root.querySelector('blockquote')?.textContent).toBe('“the best in history”');
    expect(root.querySelector('[data-testid=speaker]')?.textContent).toBe('Vladimir Putin');
    expect(root.querySelector('[data-testid=role]')?.textContent).toContain('Russian President');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-testid=outlet]')];
    expect(links.map((a) => a.textContent)).toEqual(['The Kyiv Independent', 'The Guardian']);
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
});
