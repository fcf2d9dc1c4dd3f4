import type { ExtractedArticle } from '@/lib/article';

let n = 0;
export function sampleArticle(overrides: Partial<ExtractedArticle> = {}): ExtractedArticle {
  n++;
  return {
    url: `https://news.example/world/story-${n}`,
    pageUrl: `https://news.example/world/story-${n}?utm_source=x`,
    title: `Story ${n}`,
    authors: ['Jane Reporter'],
    outlet: 'Example News',
    published: '2022-12-30T10:00:00+02:00',
    lang: 'en',
    text: 'First paragraph.\n\nSecond paragraph about Xi Jinping.',
    paragraphs: ['First paragraph.', 'Second paragraph about Xi Jinping.'],
    ...overrides,
  };
}

export const uniqueDbName = () => `test-corpus-${Math.random().toString(36).slice(2)}`;
