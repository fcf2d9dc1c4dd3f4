/** A fresh browser profile per launch, and the guarantee that nothing of the browser outlives close(). */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freshProfile(browser: string): string {
  return mkdtempSync(join(tmpdir(), `backstory-e2e-${browser}-`));
}

/** Pids of processes whose command line mentions `needle` (Linux /proc); [] elsewhere. */
export function processesMentioning(needle: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  return entries.filter((entry) => /^\d+$/.test(entry) && commandLine(entry).includes(needle)).map(Number);
}

function commandLine(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/** Kills every process started with this profile (each browser names its profile on its command line). */
export function killProcessesUsing(profile: string): void {
  for (const pid of processesMentioning(profile)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

export function removeProfile(profile: string): void {
  rmSync(profile, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
}

/** Resolves with `work`'s result, or with undefined after `ms` (for steps that must not hang close()). */
export async function within<T>(ms: number, work: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
