import { useState } from 'preact/hooks';
import type { Settings, SiteMode } from '@/lib/settings';
import { background } from '../api';
import { useAsync } from '../useAsync';

const SITE_MODE_LABELS: Record<SiteMode, string> = {
  on: 'On',
  'no-declutter': 'Keep articles, do not hide widgets',
  'no-store': 'Hide widgets, do not keep articles',
  off: 'Off',
};

/** Pause, whole-list hiding and per-site behaviour. */
export function SettingsPanel() {
  const [state, reload] = useAsync(() => background('settings/get', {}), []);
  const [newSite, setNewSite] = useState('');
  if (state.status !== 'done') return <p>{state.status === 'failed' ? state.error : 'Loading…'}</p>;
  const settings = state.value;
  const update = async (patch: Partial<Settings>) => {
    await background('settings/update', patch);
    reload();
  };
  const setSite = (host: string, mode: SiteMode) => update({ sites: { ...settings.sites, [host]: mode } });
  const addSite = () => {
    const host = hostOf(newSite);
    if (host) void setSite(host, 'off');
    setNewSite('');
  };

  return (
    <section class="settings">
      <label>
        <input type="checkbox" data-testid="pause" checked={settings.paused} onChange={() => update({ paused: !settings.paused })} />{' '}
        Pause: keep no new articles (widgets are still hidden)
      </label>
      <label>
        <input
          type="checkbox"
          data-testid="hide-whole-lists"
          checked={settings.hideWholeLists}
          onChange={() => update({ hideWholeLists: !settings.hideWholeLists })}
        />{' '}
        Hide whole recommendation lists, even their items about the story
      </label>
      <h3>Sites</h3>
      <p class="note">A domain's setting covers its subdomains: example.com covers www.example.com.</p>
      <table class="sites" data-testid="sites">
        <tbody>
          {Object.entries(settings.sites).map(([host, mode]) => (
            <tr key={host}>
              <td>{host}</td>
              <td>
                <select value={mode} onChange={(e) => setSite(host, (e.target as HTMLSelectElement).value as SiteMode)}>
                  {Object.entries(SITE_MODE_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          addSite();
        }}
      >
        <input
          placeholder="example.com"
          data-testid="new-site"
          value={newSite}
          onInput={(e) => setNewSite((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Switch off for this site</button>
      </form>
    </section>
  );
}

/** Accepts "example.com" or a full address and returns the host name, or null. */
export function hostOf(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    return new URL(/^https?:\/\//.test(text) ? text : `https://${text}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}
