import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../lib/extract/metadata';
import { inPublishersDay, type DeclaredMoment } from '../../../lib/extract/publisher-day';

const UTC_EVENING_POST = '2025-12-19T03:05:00Z';

describe('inPublishersDay', () => {
  it.each<[string, string, DeclaredMoment[], string | undefined, string]>([
    ['the same moment written in local time', UTC_EVENING_POST, [{ iso: '2025-12-18T19:05:00-08:00' }], undefined, '2025-12-18T19:05:00-08:00'],
    ['"+00:00" is UTC too', '2025-12-19T03:05:00+00:00', [{ iso: '2025-12-18T19:05:00-08:00' }], undefined, '2025-12-18T19:05:00-08:00'],
    ['the day a <time> shows for the moment', '2026-02-24T04:13:00Z', [{ iso: '2026-02-24T04:13:00Z', shownDay: '2026-02-23' }], undefined, '2026-02-23'],
    ['the day the address files the post under', UTC_EVENING_POST, [], '2025-12-18', '2025-12-18'],
    ['a local timestamp is the publisher’s day already', '2025-12-18T19:05:00-08:00', [], '2025-12-19', '2025-12-18T19:05:00-08:00'],
    ['a date without a time is a day already', '2025-12-19', [], '2025-12-18', '2025-12-19'],
    ['another moment in local time says nothing', UTC_EVENING_POST, [{ iso: '2025-12-18T18:00:00-08:00' }], undefined, UTC_EVENING_POST],
    ['a day shown for another moment says nothing', UTC_EVENING_POST, [{ iso: '2025-12-20T10:00:00Z', shownDay: '2025-12-18' }], undefined, UTC_EVENING_POST],
    ['no time zone reaches a day two days off', UTC_EVENING_POST, [], '2025-12-17', UTC_EVENING_POST],
    ['no time zone reaches the day before at 3 pm UTC', '2025-12-19T15:00:00Z', [], '2025-12-18', '2025-12-19T15:00:00Z'],
    ['UTC+14 reaches the next day from 10 am UTC', '2025-12-18T10:00:00Z', [], '2025-12-19', '2025-12-19'],
    ['the address agreeing with UTC keeps it', UTC_EVENING_POST, [], '2025-12-19', UTC_EVENING_POST],
  ])('%s', (_, declared, moments, urlDay, expected) => {
    expect(inPublishersDay(declared, () => moments, urlDay)).toBe(expected);
  });
});

describe('readMetadata puts a UTC timestamp in the publisher’s day', () => {
  const page = (head: string, body: string) => new JSDOM(`<html><head>${head}</head><body><article><h1>Are AI evangelists in heat?</h1>${body}<p>Text of the post.</p></article></body></html>`).window.document;
  const utc = '<meta property="article:published_time" content="2025-12-19T03:05:00+00:00">';

  it('takes the <time> element that writes the same moment in local time', () => {
    const doc = page(utc, '<time datetime="2025-12-18T19:05:00-08:00">December 18, 2025</time>');
    expect(readMetadata(doc, 'https://blog.example/are-ai-evangelists-in-heat').published).toBe('2025-12-18T19:05:00-08:00');
  });

  it('takes the day a blog files the post under', () => {
    expect(readMetadata(page(utc, ''), 'https://blog.example/2025/12/18/are-ai-evangelists-in-heat').published).toBe('2025-12-18');
    expect(readMetadata(page(utc, ''), 'https://blog.example/are-ai-evangelists-in-heat').published).toBe('2025-12-19T03:05:00+00:00');
  });

  it('does not take a day merely shown under the headline: it is as often an update', () => {
    const doc = page('<meta property="article:published_time" content="2024-08-04T13:23:00+00:00">', '<p>Updated 5 Aug 2024</p>');
    expect(readMetadata(doc, 'https://news.example/live').published).toBe('2024-08-04T13:23:00+00:00');
  });
});
