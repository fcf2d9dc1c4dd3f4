import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  // The sources zip is for store review: the code and how to build it, not the test pages and datasets.
  zip: { excludeSources: ['tests/fixtures/**', 'docs/**', '.ci/**'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Backstory',
    description:
      'Keeps the news articles you read on your device, hides unrelated recommendation lists, and shows related coverage and key quotes.',
    permissions: ['storage', 'tabs', ...(browser === 'chrome' ? ['offscreen'] : [])],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.local',
              // data_collection_permissions (we collect nothing) needs Firefox 140 / Android 142.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    // A key for the popup (what Backstory made of this page, its related coverage and quotes);
    // readers can change it in the browser's shortcut settings.
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open Backstory for this page',
      },
    },
    // Never run in private windows at all; the background also refuses incognito senders.
    incognito: 'not_allowed',
  }),
});
