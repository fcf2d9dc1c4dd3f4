/** What the user set: kept in browser.storage.local so every context (content scripts too) can read it. */
export type SiteMode = 'on' | 'no-declutter' | 'no-store' | 'off';

export interface Settings {
  /** Pause storing articles everywhere (decluttering goes on). */
  paused: boolean;
  /** Hide whole recommendation lists, even their items about the story. */
  hideWholeLists: boolean;
  /** Per-site behaviour by host name ("www.example.com"; "example.com" covers its subdomains); a site not listed is 'on'. */
  sites: Record<string, SiteMode>;
}

export const DEFAULT_SETTINGS: Settings = { paused: false, hideWholeLists: false, sites: {} };

const SETTINGS_KEY = 'settings';

/** The storage area used; injectable so the logic is testable with a fake. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  return normalizeSettings(stored);
}

export async function saveSettings(area: SettingsArea, patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings(area)), ...patch });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

const SITE_MODES: SiteMode[] = ['on', 'no-declutter', 'no-store', 'off'];

/** Accepts anything (an old or hand-edited value) and returns valid settings. */
export function normalizeSettings(value: unknown): Settings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Partial<Settings>;
  const sites: Record<string, SiteMode> = {};
  // 'on' is kept: an exception for one host under a parent domain's rule ("www.example.com" on
  // under "example.com" off).
  for (const [host, mode] of Object.entries(raw.sites ?? {})) {
    if (SITE_MODES.includes(mode)) sites[host.toLowerCase()] = mode;
  }
  return {
    paused: raw.paused === true,
    hideWholeLists: raw.hideWholeLists === true,
    sites,
  };
}

/** An address, not a name: it has no parent domains. */
const IP_ADDRESS = /^(?:\d+\.){3}\d+$|:/;

/** The host, then each parent domain down to two labels ("a.b.example.com" → …, "example.com"). */
function hostAndParents(host: string): string[] {
  const labels = host.split('.');
  if (IP_ADDRESS.test(host) || labels.length < 3) return [host];
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
}

/**
 * The mode for a host: its own rule, else the nearest parent domain's, so "nytimes.com" covers
 * "www.nytimes.com" and "cooking.nytimes.com" (a top-level domain alone is never a site).
 */
export function siteMode(settings: Settings, hostname: string): SiteMode {
  for (const host of hostAndParents(hostname.toLowerCase())) {
    if (Object.hasOwn(settings.sites, host)) return settings.sites[host];
  }
  return 'on';
}

export const siteDeclutters = (mode: SiteMode) => mode === 'on' || mode === 'no-store';
export const siteStores = (mode: SiteMode) => mode === 'on' || mode === 'no-declutter';
