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
  manifest: ({ browser }) => ({
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
    // Never run in private windows at all; the background also refuses incognito senders.
    incognito: 'not_allowed',
  }),
});
