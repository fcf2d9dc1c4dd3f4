import { describe, expect, it } from 'vitest';
import { dayLabel, dayNumber, wallClockMs } from '@/lib/related/day';

describe('the day a published date is written in', () => {
  it.each([
    ['2022-12-30T01:30:00+02:00', '30 Dec 2022'],
    ['2025-12-18T19:05:00-08:00', '18 Dec 2025'],
    ['2022-12-30T23:30:00Z', '30 Dec 2022'],
    ['2022-12-30', '30 Dec 2022'],
    ['2022-12-30 14:07:00+00:00', '30 Dec 2022'],
    ['Fri, 30 Dec 2022 23:30:00 GMT', '30 Dec 2022'],
    ['sometime', 'sometime'],
  ])('%s is %s', (published, label) => {
    expect(dayLabel(published)).toBe(label);
  });

  it('counts days apart by the publishers’ days, not by UTC', () => {
    const kyivEarly = dayNumber('2022-12-30T01:30:00+02:00')!;
    const newYorkLate = dayNumber('2022-12-30T22:00:00-05:00')!;
    expect(newYorkLate - kyivEarly).toBe(0);
    expect(dayNumber('2022-12-31')! - kyivEarly).toBe(1);
    expect(dayNumber(undefined)).toBeUndefined();
    expect(dayNumber('not a date')).toBeUndefined();
  });

  it('places a date on the timeline by the publisher’s clock', () => {
    expect(wallClockMs('2022-12-30T01:30:00+02:00')).toBe(Date.UTC(2022, 11, 30, 1, 30));
    expect(wallClockMs('2022-12-30T01:30:00+02:00')).toBeLessThan(wallClockMs('2022-12-30T09:00:00Z'));
  });
});
