/**
 * Own your corpus, in each browser: import an export through the options page (with its progress
 * bar, then the room it takes), search it (accents folded; an article listed in its publisher's day), read the kept copy of one, delete it,
 * and export → clear → import loses nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, type ExtensionBrowser, type TestPage } from './harness';

const folder = mkdtempSync(join(tmpdir(), 'backstory-corpus-e2e-'));

function article(i: number) {
  const text = `Paragraph one of story ${i} about harbour cranes.\n\nParagraph two of story ${i}.`;
  return {
    url: `https://news.example/story-${i}`,
    pageUrl: `https://news.example/story-${i}`,
    title: `Story number ${i}${i === 7 ? ' about lighthouses in Cádiz' : ''}`,
    authors: ['A. Writer'],
    outlet: i % 2 ? 'Odd Times' : 'Even Post',
    // Story 7 was published at 01:30 in Kyiv, still the 16th in UTC: the list shows the publisher's day.
    published: i === 7 ? '2022-12-17T01:30:00+02:00' : `2022-12-${String(10 + (i % 20)).padStart(2, '0')}T08:00:00Z`,
    lang: 'en',
    text,
    paragraphs: text.split('\n\n'),
    savedAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
  };
}

const ARTICLES = 120; // more than one import slice, so the progress bar moves
const exportFile = join(folder, 'export.json');
writeFileSync(exportFile, JSON.stringify({ format: 'backstory-corpus', version: 1, exportedAt: '2026-11-22T00:00:00Z', articles: Array.from({ length: ARTICLES }, (_, i) => article(i)) }));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function importThroughUi(options: TestPage, file: string, expected: number) {
  await options.setInputFiles('[data-testid="import"]', [file]);
  await options.waitFor(
    (n: number) => document.querySelector('[data-testid="import-status"]')?.textContent?.includes(`Imported ${n} of ${n}`),
    { timeout: 30_000 },
    expected,
  );
  expect(await options.evaluate(() => (document.querySelector('[data-testid="import-progress"] progress') as HTMLProgressElement).value)).toBe(expected);
}

describe.each(browsers)('%s: corpus on the options page', (name) => {
  let browser: ExtensionBrowser;
  let options: TestPage;

  beforeAll(async () => {
    browser = await launch(name);
    options = await browser.openExtensionPage('options.html');
  });
  afterAll(() => browser?.close());

  it('imports an export with a progress bar and lists it', async () => {
    await importThroughUi(options, exportFile, ARTICLES);
    await options.waitFor((n: number) => document.querySelector('[data-testid="corpus-count"]')?.textContent?.startsWith(`${n} articles`), {}, ARTICLES);
    // And how much room it takes, as the browser counts it.
    await options.waitForSelector('[data-testid="storage-use"]');
    expect(await options.text('[data-testid="storage-use"]')).toMatch(/^· \d+(\.\d)? (KB|MB|GB) on this device$/);
  });

  it('searches, reads the kept copy of one article, and deletes it', async () => {
    // Accents are folded on both sides: "cadiz" finds "Cádiz".
    await options.fill('[data-testid="search"]', 'lighthouses cadiz');
    await options.waitFor(() => document.querySelector('[data-testid="corpus-count"]')?.textContent?.startsWith('1 article'));
    expect(await options.text('[data-testid="articles"] .meta')).toBe('Odd Times · 17 Dec 2022 · A. Writer · 13 words');
    await options.click('[data-testid="articles"] [data-testid="read"]');
    await options.waitForSelector('[data-testid="kept-copy"]');
    expect(await options.text('[data-testid="kept-copy"]')).toContain('Paragraph one of story 7 about harbour cranes.Paragraph two of story 7.');
    await options.click('[data-testid="articles"] [data-testid="read"]');
    await options.waitFor(() => !document.querySelector('[data-testid="kept-copy"]'));
    await options.click('[data-testid="articles"] [data-testid="delete"]');
    await options.waitFor(() => document.querySelector('[data-testid="corpus-count"]')?.textContent?.startsWith('0 articles'));
    await options.fill('[data-testid="search"]', '');
    await options.waitFor((n: number) => document.querySelector('[data-testid="corpus-count"]')?.textContent?.startsWith(`${n} articles`), {}, ARTICLES - 1);
  });

  it('export → clear → import loses nothing', async () => {
    const before = await options.sendMessage<{ ok: boolean; value: { articles: unknown[] } }>({ type: 'corpus/export', payload: {} });
    expect(before.value.articles).toHaveLength(ARTICLES - 1);
    const roundTrip = join(folder, `round-trip-${name}.json`);
    writeFileSync(roundTrip, JSON.stringify(before.value));
    const cleared = await options.sendMessage<{ ok: boolean; value: { deleted: number } }>({ type: 'corpus/clear', payload: {} });
    expect(cleared.value.deleted).toBe(ARTICLES - 1);
    await options.reload();
    await importThroughUi(options, roundTrip, ARTICLES - 1);
    const after = await options.sendMessage<{ ok: boolean; value: { articles: unknown[] } }>({ type: 'corpus/export', payload: {} });
    expect(after.value.articles).toEqual(before.value.articles);
  });

  it('refuses a file that is not an export, with a clear message', async () => {
    const bogus = join(folder, 'bogus.json');
    writeFileSync(bogus, JSON.stringify({ hello: 'world' }));
    await options.setInputFiles('[data-testid="import"]', [bogus]);
    await options.waitFor(() => document.querySelector('[data-testid="import-status"]')?.textContent?.includes('not a Backstory corpus export'));
  });

  it('lists the rest of the corpus when a stored record is damaged, and exports what it can read', async () => {
    // Written straight into the database (extension pages share the background's origin), as a
    // damaged profile or an older version might have left it: no text, no paragraphs.
    await options.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('backstory-corpus');
          request.onsuccess = () => {
            const tx = request.result.transaction('articles', 'readwrite');
            tx.objectStore('articles').put({ url: 'https://news.example/damaged', title: 'Damaged', savedAt: Date.now() });
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await options.reload();
    await options.waitFor((n: number) => document.querySelector('[data-testid="corpus-count"]')?.textContent?.startsWith(`${n} articles`), {}, ARTICLES - 1);
    expect(await options.evaluate(() => document.querySelector('.corpus .error')?.textContent ?? null)).toBeNull();
    const exported = await options.sendMessage<{ ok: boolean; value: { articles: unknown[] } }>({ type: 'corpus/export', payload: {} });
    expect(exported.value.articles).toHaveLength(ARTICLES - 1);
  });
});
