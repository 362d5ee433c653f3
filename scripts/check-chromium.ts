/** Browser tests drive Debian's Chromium: say how to install it instead of failing obscurely. */
import { existsSync } from 'node:fs';
import { CHROME_PATH as path } from './lib/chromium.ts';
if (!existsSync(path)) {
  process.stderr.write(
    `Chromium introuvable (${path}). Installez-le : sudo apt-get install -y chromium\n` +
      'ou indiquez un autre navigateur avec CHROME_PATH=/chemin/vers/chromium.\n',
  );
  process.exit(1);
}
