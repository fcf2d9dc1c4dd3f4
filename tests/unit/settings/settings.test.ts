import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, normalizeSettings, saveSettings, siteDeclutters, siteMode, siteStores, type SettingsArea } from '@/lib/settings';

function memoryArea(): SettingsArea {
  const data: Record<string, unknown> = {};
  return {
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('settings', () => {
  it('defaults when nothing or garbage is stored', async () => {
    expect(await loadSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ paused: 'yes', sites: { 'A.com': 'bogus', 'b.com': 'off' } })).toEqual({
      paused: false,
      hideWholeLists: false,
      sites: { 'b.com': 'off' },
    });
  });

  it('saves a patch and keeps the rest', async () => {
    const area = memoryArea();
    await saveSettings(area, { paused: true });
    const next = await saveSettings(area, { sites: { 'News.Example': 'no-store' } });
    expect(next).toEqual({ paused: true, hideWholeLists: false, sites: { 'news.example': 'no-store' } });
  });

  it.each([
    ['on', true, true],
    ['no-declutter', false, true],
    ['no-store', true, false],
    ['off', false, false],
  ] as const)('site mode %s: declutters %s, stores %s', (mode, declutters, stores) => {
    const settings = { ...DEFAULT_SETTINGS, sites: { 'x.org': mode } };
    expect(siteDeclutters(siteMode(settings, 'X.org'))).toBe(declutters);
    expect(siteStores(siteMode(settings, 'x.org'))).toBe(stores);
  });
});
