// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { KeptCopy } from '@/components/options/KeptCopy';
import type { Article } from '@/lib/article';

const KEPT: Article = {
  url: 'https://news.example/a',
  pageUrl: 'https://news.example/a',
  title: 'Xi and Putin talk',
  authors: [],
  outlet: 'Example News',
  lang: 'en',
  text: 'First paragraph.\n\nSecond paragraph.',
  paragraphs: ['First paragraph.', 'Second paragraph.'],
  savedAt: Date.UTC(2026, 10, 22, 9),
  updatedAt: Date.UTC(2026, 10, 22, 9),
};

async function mount(load: (url: string) => Promise<Article | null>): Promise<HTMLElement> {
  const root = document.body.appendChild(document.createElement('div'));
  await act(async () => {
    render(<KeptCopy url={KEPT.url} load={load} />, root);
  });
  await act(async () => {});
  return root;
}

describe('KeptCopy (options page)', () => {
  it('shows the kept paragraphs of the article asked for, and when they were kept', async () => {
    const load = vi.fn(async () => KEPT);
    const root = await mount(load);
    expect(load).toHaveBeenCalledWith(KEPT.url);
    expect([...root.querySelectorAll('[data-testid="kept-copy"] p:not(.note)')].map((p) => p.textContent)).toEqual(KEPT.paragraphs);
    expect(root.querySelector('.note')?.textContent).toBe('Kept 22 Nov 2026, as Backstory read it.');
    expect(root.querySelector('[data-testid="kept-copy"]')?.getAttribute('lang')).toBe('en');
  });

  it('says so when the article is gone or the corpus cannot be read', async () => {
    expect((await mount(async () => null)).textContent).toBe('This article is no longer in your corpus.');
    expect((await mount(async () => Promise.reject(new Error('The corpus could not be opened.')))).textContent).toBe('The corpus could not be opened.');
  });
});
