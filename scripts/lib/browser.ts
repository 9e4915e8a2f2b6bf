import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';

/** The system Chromium where there is one (CI, Debian), else undefined (Playwright's own). */
export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
}

export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
