import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/ui/i18n';

/** The "Keep pictures for offline reading" switch and the storage Lede uses (issue 14). */
export interface OfflinePicturesControls {
  get(): Promise<boolean>;
  /** Asks for the sites when turned on (in the reader's click); returns the setting as it now is. */
  set(on: boolean): Promise<boolean>;
  storageUsed(): Promise<number | null>;
}

export function OfflinePictures({ controls }: { controls: OfflinePicturesControls }) {
  const [on, setOn] = useState(false);
  const [used, setUsed] = useState<number | null>(null);
  useEffect(() => {
    void controls.get().then(setOn);
    void controls.storageUsed().then(setUsed);
  }, []);
  const toggle = async (wanted: boolean) => setOn(await controls.set(wanted));
  return (
    <div class="library__pictures">
      <label title={t('keepImagesWhy')}>
        <input type="checkbox" checked={on} onChange={(event) => void toggle(event.currentTarget.checked)} />{' '}
        {t('keepImagesLabel')}
      </label>
      {used !== null && <span class="library__storage"> {t('storageUsed', (used / 1024 / 1024).toFixed(1))}</span>}
    </div>
  );
}
