import type { Settings } from '@/lib/settings';
import { siteMode } from '@/lib/settings';

interface Props {
  hostname: string;
  settings: Settings;
  onChange: (sites: Settings['sites']) => void;
}

/** The site rules with this host on: its own rule dropped, and an exception when a parent domain's rule is off. */
function switchedOn(settings: Settings, hostname: string): Settings['sites'] {
  const sites = { ...settings.sites };
  delete sites[hostname];
  if (siteMode({ ...settings, sites }, hostname) === 'off') sites[hostname] = 'on';
  return sites;
}

/** The per-site switch: Backstory on or off for this site (finer modes are on the options page). */
export function SiteSwitch({ hostname, settings, onChange }: Props) {
  const on = siteMode(settings, hostname) !== 'off';
  const toggle = () => onChange(on ? { ...settings.sites, [hostname]: 'off' } : switchedOn(settings, hostname));
  return (
    <label class="site-switch">
      <input type="checkbox" data-testid="site-switch" checked={on} onChange={toggle} /> Backstory on {hostname}
      {!on && <span class="note"> (reload the page to see it unchanged)</span>}
    </label>
  );
}
