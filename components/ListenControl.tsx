import { useRef } from 'preact/hooks';
import { SPEEDS } from '@/lib/listen/queue';
import type { ListenProblem } from '@/lib/listen/voices';
import { t } from '@/lib/ui/i18n';
import type { SettingsStorage } from '@/lib/ui/settings';
import { useListen } from './useListen';
import './listen.css';

/** The reader's language, for numbers and language names ('en' outside an extension page). */
const uiLanguage = () => (t('uiLanguage') === 'uiLanguage' ? 'en' : t('uiLanguage'));

/** A language's name for a sentence in the reader's language. */
function languageName(lang: string): string {
  const ui = uiLanguage();
  let name = lang;
  try {
    name = new Intl.DisplayNames([ui], { type: 'language' }).of(lang) ?? lang;
  } catch {
    // an engine without DisplayNames, or a tag it refuses: the tag itself
  }
  // Vietnamese writes a language's name in lower case inside a sentence ("giọng đọc tiếng Việt")
  return ui === 'vi' ? name.charAt(0).toLocaleLowerCase('vi') + name.slice(1) : name;
}

function problemText(problem: ListenProblem): string {
  if (problem.code === 'no-engine') return t('listenNoEngine');
  if (problem.code === 'failed') return t('listenFailed');
  return problem.lang ? t('listenNoVoice', languageName(problem.lang)) : t('listenNoVoiceAtAll');
}

/** Listen: reads the article aloud, sentence by sentence, with the sentence being read shown on
 * it. Every control is a native button or select (keyboard, focus ring); the group is labelled,
 * the main button's label says what it does next, and problems are announced politely. */
export function ListenControl(props: { body: Element; lang: string; preferenceStorage: SettingsStorage }) {
  const { view, start, stop, setRate, setVoice, player } = useListen(props);
  const main = useRef<HTMLButtonElement>(null);
  const listening = view.phase === 'listening' ? view : null;
  const state = listening?.state;
  const label = !state
    ? t('listenStart')
    : state.status === 'playing'
      ? t('listenPause')
      : state.status === 'finished'
        ? t('listenAgain')
        : t('listenResume');
  const onMain = () => {
    if (!state) return void start();
    if (state.status === 'playing') player()?.pause();
    else player()?.play();
  };
  const status =
    view.phase === 'preparing'
      ? t('listenPreparing')
      : view.phase === 'problem'
        ? problemText(view.problem)
        : state?.stopped === 'error'
          ? problemText({ code: 'failed' })
          : '';
  const number = new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: 2 });
  return (
    <div class="listen" role="group" aria-label={t('listenGroup')}>
      <button type="button" class="button button--quiet listen__main" ref={main} onClick={onMain}>
        {label}
      </button>
      {listening && state && (
        <>
          <SkipButton label={t('listenPrevious')} glyph={'|◀\uFE0E'} onClick={() => player()?.skip(-1)} />
          <SkipButton label={t('listenNext')} glyph={'▶\uFE0E|'} onClick={() => player()?.skip(1)} />
          <label class="listen__speed">
            {t('listenSpeed')}
            <select
              value={String(state.rate)}
              onChange={(event) => setRate(Number((event.target as HTMLSelectElement).value))}
            >
              {SPEEDS.map((speed) => (
                <option key={speed} value={String(speed)}>
                  {number.format(speed)}×
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="button button--quiet"
            onClick={() => {
              stop();
              main.current?.focus(); // the controls it belonged to are gone
            }}
          >
            {t('listenStop')}
          </button>
          <span class="listen__position">{t('listenPosition', String(state.index + 1), String(state.total))}</span>
          {listening.voices.length > 1 ? (
            <label class="listen__voice">
              {t('listenVoiceChoice')}
              <select
                value={state.voice.name}
                onChange={(event) => setVoice((event.target as HTMLSelectElement).value)}
              >
                {listening.voices.map((voice) => (
                  <option key={voice.name} value={voice.name}>
                    {voice.name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <span class="listen__voice">{t('listenVoice', state.voice.name)}</span>
          )}
        </>
      )}
      <span class="listen__status" role="status">
        {status}
      </span>
    </div>
  );
}

/** Previous or next sentence: a glyph on screen (U+FE0E: a triangle as text, not as a coloured
 * emoji), its name for screen readers and as a tooltip. */
function SkipButton({ label, glyph, onClick }: { label: string; glyph: string; onClick: () => void }) {
  return (
    <button type="button" class="button button--quiet" aria-label={label} title={label} onClick={onClick}>
      {glyph}
    </button>
  );
}
