// Listen's speed, kept in extension storage: a reader who listens at 1.25× hears the next
// article, and the next visit, at 1.25× too (the reading settings' storage, its own key).
import { SPEEDS } from '@/lib/listen/queue';
import type { SettingsStorage } from './settings';

const STORAGE_KEY = 'listenSpeed';
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
