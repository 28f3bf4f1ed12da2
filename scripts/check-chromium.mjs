// The end-to-end tests drive the system's Chromium; say clearly how to get it if it is missing.
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH as path } from './lib/chromium.mjs';
if (!existsSync(path)) {
  console.error(
    `No Chromium at ${path}. Install Debian's chromium and CJK fonts (apt-get install chromium fonts-noto-cjk)` +
      ' or point CHROMIUM_PATH at a Chromium/Chrome binary.',
  );
  process.exit(1);
}
