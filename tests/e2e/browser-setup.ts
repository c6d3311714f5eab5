import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Before the browser tests: Debian's Chromium must be there (installed with apt-get when we can, else a
 * clear failure: these tests never skip silently), and the booking app is built fresh, because the test
 * servers serve client/dist.
 */
export default async function setup() {
  if (!existsSync(CHROMIUM)) {
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!root) {
      throw new Error(
        `${CHROMIUM} is missing. Install Debian's Chromium first: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk`,
      );
    }
    console.log(`${CHROMIUM} is missing: installing Debian's chromium (apt-get) …`);
    try {
      execFileSync('apt-get', ['update'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (error) {
      throw new Error(
        `Could not install Chromium with apt-get (${String(error)}). Install it by hand: apt-get update && apt-get install -y chromium fonts-noto-cjk`,
        { cause: error },
      );
    }
    if (!existsSync(CHROMIUM)) throw new Error(`apt-get finished but ${CHROMIUM} is still missing`);
  }
  const root = path.resolve(import.meta.dirname, '../../client');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}
