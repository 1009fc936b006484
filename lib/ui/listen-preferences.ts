// What the reader chose for Listen, kept in extension storage (the reading settings' storage,
// keys of their own): the speed — a reader who listens at 1.25× hears the next article, and the
// next visit, at 1.25× too — and the voice for each language.
import { SPEEDS } from '@/lib/listen/queue';
import { primaryLanguage } from '@/lib/text/language';
import type { SettingsStorage } from './settings';

const STORAGE_KEY = 'listenSpeed';
const VOICES_KEY = 'listenVoices';
const NORMAL_SPEED = 1;

/** The speed last chosen; the voice's normal speed when none was, or the stored one is not
 * offered any more (an old or edited profile), or storage fails. */
export async function loadListenSpeed(storage: SettingsStorage): Promise<number> {
  try {
    const stored = (await storage.get(STORAGE_KEY))[STORAGE_KEY];
    return typeof stored === 'number' && SPEEDS.includes(stored) ? stored : NORMAL_SPEED;
  } catch {
    return NORMAL_SPEED;
  }
}

/** Keeps `speed` for the next Listen; a speed not offered is misuse. */
export async function saveListenSpeed(storage: SettingsStorage, speed: number): Promise<void> {
  if (!SPEEDS.includes(speed)) throw new RangeError(`Listen offers no speed ${speed}`);
  await storage.set({ [STORAGE_KEY]: speed });
}

/** The voices chosen, by language ("vi" → a voice's name); anything malformed is left out. */
async function chosenVoices(storage: SettingsStorage): Promise<Record<string, string>> {
  try {
    const stored = (await storage.get(VOICES_KEY))[VOICES_KEY];
    if (typeof stored !== 'object' || stored === null) return {};
    return Object.fromEntries(
      Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}

/** The name of the voice the reader chose for `lang`'s language, if any. */
export async function loadListenVoice(storage: SettingsStorage, lang: string): Promise<string | undefined> {
  const voices = await chosenVoices(storage);
  const key = primaryLanguage(lang);
  return Object.hasOwn(voices, key) ? voices[key] : undefined;
}

/** Keeps `name` as the voice for `lang`'s language (every Vietnamese article, whatever its tag). */
export async function saveListenVoice(storage: SettingsStorage, lang: string, name: string): Promise<void> {
  if (!name) throw new TypeError('a voice needs a name');
  await storage.set({ [VOICES_KEY]: { ...(await chosenVoices(storage)), [primaryLanguage(lang)]: name } });
}
