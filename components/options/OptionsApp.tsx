import { useState } from 'preact/hooks';
import { CorpusBrowser } from './CorpusBrowser';
import { ImportExport } from './ImportExport';
import { SettingsPanel } from './SettingsPanel';

export function OptionsApp() {
  // Bumped whenever the corpus changes (delete, import), so the list reloads.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  return (
    <main class="options">
      <h1>Backstory</h1>
      <p class="lead">Everything Backstory keeps is on this device, in this browser profile. Nothing is sent anywhere.</p>
      <h2>Your corpus</h2>
      <CorpusBrowser version={version} onChanged={changed} />
      <h2>Export and import</h2>
      <ImportExport onChanged={changed} />
      <h2>Settings</h2>
      <SettingsPanel />
    </main>
  );
}
