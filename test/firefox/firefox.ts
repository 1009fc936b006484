// Launches Debian's firefox-esr headless with Marionette on, in a fresh profile, and
// installs the e2e build of Lede as a temporary add-on. No geckodriver: test/firefox/
// marionette.ts speaks Marionette itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, speechSetup } from '../e2e/harness';
import { Marionette } from './marionette';

/** The Firefox e2e build (`LEDE_E2E=1 wxt build -b firefox`): Lede plus access to 127.0.0.1. */
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/e2e/firefox-mv2');
/** Lede's add-on id (wxt.config.ts) and the moz-extension:// host the profile pins it to. */
export const ADDON_ID = 'lede@lede.invalid';
export const EXTENSION_UUID = '6c0c6a6e-4c1d-4e1e-9d2b-1ede0000e2e0';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/**
 * Whether the Firefox test can run: $FIREFOX_PATH, else Debian's firefox-esr. Outside CI a
 * missing Firefox skips it with a message; in CI it is an error (as for Chromium).
 */
export function firefoxOrSkipReason(): { path: string } | { skip: string } {
  const fromEnv = process.env.FIREFOX_PATH;
  const path = fromEnv ? (existsSync(fromEnv) ? fromEnv : null) : FIREFOX_CANDIDATES.find((p) => existsSync(p));
  if (path) return { path };
  const message =
    'Firefox not found: the Firefox e2e test is skipped. Install it with `apt-get install -y firefox-esr` or set FIREFOX_PATH.';
  if (process.env.CI) throw new Error(`${message} (CI is set, so this is an error)`);
  console.warn(message);
  return { skip: message };
}

// A quiet, offline profile. Marionette applies its own recommended prefs on top of these.
const PREFS: Record<string, string | number | boolean> = {
  'marionette.port': 0, // any free port; Firefox writes it to <profile>/MarionetteActivePort
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'extensions.autoDisableScopes': 0,
  'intl.locale.requested': 'en-US', // Lede's UI follows the browser's language: "Save", "Library"
};

export interface LedeFirefox {
  marionette: Marionette;
  close(): Promise<void>;
}

async function waitForFile(path: string, child: ChildProcess, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`Firefox exited with code ${child.exitCode} before Marionette started`);
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8').trim();
      if (text) return text;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Firefox did not start Marionette within ${timeoutMs} ms`);
}

/** Starts Firefox headless with Lede installed (temporarily, from the unpacked e2e build). */
export async function launchFirefoxWithLede(
  executablePath: string,
  options: {
    headless?: boolean;
    /** Voices for Listen, as for Chromium (harness.ts: speechSetup). */ speech?: boolean;
  } = {},
): Promise<LedeFirefox> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`LEDE_E2E=1 wxt build -b firefox\` first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'lede-firefox-'));
  const speech = options.speech ? speechSetup() : null;
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(PREFS)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`)
      .join(''),
  );
  // --remote-allow-system-access: Marionette's chrome context (the toolbar, the popup panel)
  const args = [
    '--marionette',
    '--remote-allow-system-access',
    '--no-remote',
    '--profile',
    profile,
    ...(options.headless === false ? [] : ['--headless']),
    'about:blank',
  ];
  const child = spawn(executablePath, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...speech?.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_DISABLE_AUTO_SAFE_MODE: '1' },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const running = () => child.exitCode === null && child.signalCode === null;
  /** Waits up to `graceMs` for Firefox to exit, then kills it; removes the profile. */
  const cleanUp = async (graceMs: number) => {
    if (running()) {
      const term = setTimeout(() => child.kill('SIGTERM'), graceMs);
      const kill = setTimeout(() => child.kill('SIGKILL'), graceMs + 10_000);
      await exited;
      clearTimeout(term);
      clearTimeout(kill);
    }
    rmSync(profile, { recursive: true, force: true });
    if (speech) rmSync(speech.dir, { recursive: true, force: true });
  };
  try {
    const port = Number(await waitForFile(join(profile, 'MarionetteActivePort'), child, 60_000));
    const marionette = await Marionette.connect(port);
    await marionette.send('WebDriver:NewSession', {});
    await marionette.send('Addon:Install', { path: FIREFOX_EXTENSION_DIR, temporary: true });
    return {
      marionette,
      close: async () => {
        const quit = await Promise.race([
          marionette.send('Marionette:Quit', { flags: ['eForceQuit'] }).then(
            () => true,
            () => false,
          ),
          new Promise<boolean>((done) => setTimeout(() => done(false), 15_000).unref()),
        ]);
        marionette.close();
        await cleanUp(quit ? 15_000 : 0);
      },
    };
  } catch (error) {
    await cleanUp(0);
    throw new Error(`${(error as Error).message}\nFirefox stderr (end):\n${stderr}`);
  }
}
