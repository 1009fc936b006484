import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: {
  browser: string;
  manifestVersion: 2 | 3;
  mode: string;
  command: string;
}) => Record<string, unknown>;
const manifest = (browser: string, manifestVersion: 2 | 3) =>
  (config.manifest as ManifestFn)({ browser, manifestVersion, mode: 'production', command: 'build' });

describe('the manifest', () => {
  it('opens the popup with Alt+Shift+L in Chrome (MV3) and in Firefox (MV2, where the command has its old name)', () => {
    expect(Object.keys(manifest('chrome', 3).commands as object)).toContain('_execute_action');
    expect(Object.keys(manifest('firefox', 2).commands as object)).toContain('_execute_browser_action');
    expect(Object.keys(manifest('firefox', 2).commands as object)).not.toContain('_execute_action');
  });

  it('ships no host permission: pages are read under activeTab only', () => {
    expect(manifest('chrome', 3).host_permissions).toBeUndefined();
    expect(manifest('firefox', 2).host_permissions).toBeUndefined();
  });

  it("asks for web sites only as an optional permission (fetching saved links), in each browser's key", () => {
    expect(manifest('chrome', 3).optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest('firefox', 2).optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest('chrome', 3).permissions).toContain('offscreen');
    expect(manifest('firefox', 2).permissions).not.toContain('offscreen'); // Firefox has no such API
    expect(manifest('chrome', 3).permissions).toContain('tts'); // Listen reads aloud with chrome.tts
    expect(manifest('firefox', 2).permissions).not.toContain('tts'); // speechSynthesis there, no permission
    for (const permissions of [manifest('chrome', 3).permissions, manifest('firefox', 2).permissions])
      expect(permissions).not.toContain('<all_urls>');
  });
});
