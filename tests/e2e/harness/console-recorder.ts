/**
 * A console recorder installed inside a page (for Firefox extension pages, whose console BiDi
 * does not report). Both functions run in the page, so they are self-contained.
 */

export interface RecordedConsole {
  console: { type: string; text: string }[];
  rejections: string[];
}

export function installConsoleRecorder(): void {
  const page = globalThis as any;
  if (page.__backstoryE2E) return;
  const record: RecordedConsole = { console: [], rejections: [] };
  page.__backstoryE2E = record;
  const show = (value: unknown) => {
    if (typeof value === 'string') return value;
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  };
  for (const type of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[type].bind(console);
    console[type] = (...values: unknown[]) => {
      record.console.push({ type, text: values.map(show).join(' ') });
      original(...values);
    };
  }
  addEventListener('unhandledrejection', (event) => record.rejections.push(`Unhandled rejection: ${show(event.reason)}`));
}

export function readConsoleRecorder(): RecordedConsole {
  return (globalThis as any).__backstoryE2E ?? { console: [], rejections: [] };
}
