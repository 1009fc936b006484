import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An extension whose popup does nothing but mark its first script line ("lede:popup-start"):
 * what a toolbar click costs in Chromium alone, and what a page goes through when a popup opens
 * over it without reading it. Returns its folder. */
export function writeBaselineExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lede-baseline-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Popup baseline',
      version: '1.0',
      action: { default_popup: 'popup.html' },
      background: { service_worker: 'worker.js' },
    }),
  );
  writeFileSync(join(dir, 'worker.js'), '// nothing: the bench calls chrome.action.openPopup() here\n');
  writeFileSync(
    join(dir, 'popup.html'),
    '<!doctype html><meta charset="utf-8"><script type="module" src="popup.js"></script><p>Baseline</p>',
  );
  writeFileSync(join(dir, 'popup.js'), "performance.mark('lede:popup-start');\n");
  return dir;
}
