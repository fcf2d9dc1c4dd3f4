import type { Settings } from '@/lib/settings';
import { siteMode } from '@/lib/settings';

interface Props {
  hostname: string;
  settings: Settings;
  onChange: (sites: Settings['sites']) => void;
}

/** The per-site switch: Backstory on or off for this site (finer modes are on the options page). */
export function SiteSwitch({ hostname, settings, onChange }: Props) {
  const on = siteMode(settings, hostname) !== 'off';
  const toggle = () => {
    const sites = { ...settings.sites };
    if (on) sites[hostname] = 'off';
    else delete sites[hostname];
    onChange(sites);
  };
  return (
    <label class="site-switch">
      <input type="checkbox" data-testid="site-switch" checked={on} onChange={toggle} /> Backstory on {hostname}
      {!on && <span class="note"> (reload the page to see it unchanged)</span>}
    </label>
  );
}
