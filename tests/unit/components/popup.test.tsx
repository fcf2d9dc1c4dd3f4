// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { HiddenWidgets } from '@/components/popup/HiddenWidgets';
import { PageSummary } from '@/components/popup/PageSummary';
import { SiteSwitch } from '@/components/popup/SiteSwitch';
import { hostOf } from '@/components/options/SettingsPanel';
import { emptyCounts } from '@/lib/declutter';
import type { PageStatus } from '@/lib/messages/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings';

function mount(node: preact.VNode): HTMLElement {
  const root = document.body.appendChild(document.createElement('div'));
  render(node, root);
  return root;
}

function status(overrides: Partial<PageStatus> = {}): PageStatus {
  return {
    url: 'https://news.example/a',
    detection: { isArticle: true, score: 8, reasons: [] },
    ingest: { outcome: 'stored', article: { url: 'https://news.example/a', title: 'Xi and Putin talk', outlet: 'Example News', paragraphs: [] } },
    hidden: { ...emptyCounts(), recommended: 2, newsletter: 1 },
    hiddenTotal: 3,
    trimmed: 0,
    showingHidden: false,
    declutter: true,
    ...overrides,
  };
}

describe('popup parts', () => {
  it('says what became of the page', () => {
    expect(mount(<PageSummary status={status()} />).textContent).toContain('Example News · Kept in your corpus.');
    expect(mount(<PageSummary status={status({ detection: { isArticle: false, score: 0, reasons: [] }, ingest: null })} />).textContent).toMatch(/Not a news article/);
    expect(mount(<PageSummary status={null} />).textContent).toMatch(/does not run on this page/);
    expect(mount(<PageSummary status={status({ detection: null, ingest: null })} onKeep={vi.fn()} />).textContent).toBe('Reading the page…');
    expect(mount(<PageSummary status={status({ detection: null, ingest: null, siteOff: true })} />).textContent).toMatch(/when the page loaded: reload/);
    const off = mount(<PageSummary status={status({ detection: null, ingest: null })} onKeep={vi.fn()} siteOff />);
    expect(off.querySelector('[data-testid="site-off"]')?.textContent).toBe('Backstory is off for this site.');
    // Every state has the one heading the popup's page needs.
    for (const page of [off, mount(<PageSummary status={null} />)]) expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(off.querySelector('[data-testid="keep-anyway"]')).toBeNull();
  });

  it('offers to keep a page it left alone, and then says what became of it', async () => {
    const onKeep = vi.fn(async () => {});
    const notArticle = status({ detection: { isArticle: false, score: 1, reasons: [] }, ingest: null, keepable: true });
    const root = mount(<PageSummary status={notArticle} onKeep={onKeep} />);
    (root.querySelector('[data-testid="keep-anyway"]') as HTMLButtonElement).click();
    expect(onKeep).toHaveBeenCalledOnce();
    expect(mount(<PageSummary status={notArticle} />).querySelector('[data-testid="keep-anyway"]')).toBeNull();
    const notKeepable = mount(<PageSummary status={{ ...notArticle, keepable: false }} onKeep={onKeep} />);
    expect(notKeepable.textContent).toMatch(/Not a news article/);
    expect(notKeepable.querySelector('[data-testid="keep-anyway"]')).toBeNull();
    const kept = mount(<PageSummary status={{ ...notArticle, ingest: status().ingest }} onKeep={onKeep} />);
    expect(kept.textContent).toContain('Example News · Kept in your corpus.');
  });

  it('offers to keep an article a pause kept out', () => {
    const onKeep = vi.fn(async () => {});
    const paused = status({ ingest: { outcome: 'paused', article: { url: 'https://news.example/a', title: 'Xi and Putin talk', outlet: 'Example News', paragraphs: [] } }, keepable: true });
    const root = mount(<PageSummary status={paused} onKeep={onKeep} />);
    expect(root.querySelector('[data-testid="keep-anyway"]')?.textContent).toBe('Keep this one');
    (root.querySelector('[data-testid="keep-anyway"]') as HTMLButtonElement).click();
    expect(onKeep).toHaveBeenCalledOnce();
    expect(mount(<PageSummary status={status()} onKeep={onKeep} />).querySelector('[data-testid="keep-anyway"]')).toBeNull();
  });

  it('counts hidden widgets by kind and toggles them', () => {
    const onShowHidden = vi.fn();
    const root = mount(<HiddenWidgets status={status()} onShowHidden={onShowHidden} />);
    expect(root.querySelector('[data-testid="hidden-total"]')?.textContent).toBe('3');
    expect(root.textContent).toContain('Hid 3 widgets: 2 recommended lists, 1 newsletter box.');
    expect(root.querySelector('[data-testid="hidden-trimmed"]')).toBeNull();
    (root.querySelector('[data-testid="toggle-hidden"]') as HTMLButtonElement).click();
    expect(onShowHidden).toHaveBeenCalledWith(true);
  });

  it('says when a list was cut down to its items about the story rather than hidden whole', () => {
    const one = mount(<HiddenWidgets status={status({ hidden: { ...emptyCounts(), sponsored: 1 }, hiddenTotal: 1, trimmed: 1 })} onShowHidden={vi.fn()} />);
    expect(one.textContent).toContain('Hid 1 sponsored widget. The items about this story are still shown in it.');
    const some = mount(<HiddenWidgets status={status({ trimmed: 2 })} onShowHidden={vi.fn()} />);
    expect(some.querySelector('[data-testid="hidden-trimmed"]')?.textContent).toBe(' The items about this story are still shown in 2 of them.');
  });

  it('switches a site off and on again', () => {
    const onChange = vi.fn();
    const on = mount(<SiteSwitch hostname="news.example" settings={DEFAULT_SETTINGS} onChange={onChange} />);
    (on.querySelector('input') as HTMLInputElement).click();
    expect(onChange).toHaveBeenLastCalledWith({ 'news.example': 'off' });
    const off = mount(<SiteSwitch hostname="news.example" settings={{ ...DEFAULT_SETTINGS, sites: { 'news.example': 'off' } }} onChange={onChange} />);
    (off.querySelector('input') as HTMLInputElement).click();
    expect(onChange).toHaveBeenLastCalledWith({});
  });

  it('shows a site switched off by its domain as off, and switches it on with an exception for this host', () => {
    const onChange = vi.fn();
    const settings = { ...DEFAULT_SETTINGS, sites: { 'example.com': 'off' as const } };
    const root = mount(<SiteSwitch hostname="www.example.com" settings={settings} onChange={onChange} />);
    const input = root.querySelector('input') as HTMLInputElement;
    expect(input.checked).toBe(false);
    input.click();
    expect(onChange).toHaveBeenLastCalledWith({ 'example.com': 'off', 'www.example.com': 'on' });
  });

  it('reads a host name from what the user typed', () => {
    expect(hostOf('Example.com')).toBe('example.com');
    expect(hostOf('https://www.lemonde.fr/international/')).toBe('www.lemonde.fr');
    expect(hostOf('  ')).toBeNull();
  });
});
