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

  it('applies a domain rule to its subdomains, the most specific rule first', () => {
    const settings = { ...DEFAULT_SETTINGS, sites: { 'example.com': 'off', 'www.example.com': 'no-store', 'blog.example.com': 'on', com: 'off' } as const };
    expect(siteMode(settings, 'cooking.example.com')).toBe('off');
    expect(siteMode(settings, 'Example.com')).toBe('off');
    expect(siteMode(settings, 'www.example.com')).toBe('no-store');
    expect(siteMode(settings, 'blog.example.com')).toBe('on');
    // A top-level domain alone is never a site, and a look-alike host is another site.
    expect(siteMode(settings, 'example.org')).toBe('on');
    expect(siteMode(settings, 'notexample.com')).toBe('on');
  });

  it('matches an IP address or a one-word host only as written', () => {
    const settings = { ...DEFAULT_SETTINGS, sites: { '0.1': 'off', '127.0.0.1': 'no-store' } as const };
    expect(siteMode(settings, '127.0.0.1')).toBe('no-store');
    expect(siteMode(settings, '10.0.0.1')).toBe('on');
    expect(siteMode({ ...DEFAULT_SETTINGS, sites: { localhost: 'off' } }, 'localhost')).toBe('off');
    // Only the rules themselves, never what every object inherits.
    expect(siteMode(DEFAULT_SETTINGS, 'constructor')).toBe('on');
  });

  it("keeps an 'on' rule: it is an exception under a parent domain's rule", () => {
    expect(normalizeSettings({ sites: { 'example.com': 'off', 'www.example.com': 'on' } }).sites).toEqual({ 'example.com': 'off', 'www.example.com': 'on' });
  });
});
