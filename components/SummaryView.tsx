import { useEffect, useState } from 'preact/hooks';
import type { SummaryLine } from '@/lib/extract/types';
import { t } from '@/lib/ui/i18n';
import { chromeAiAvailability, findSummarizer, summarizeWithChromeAi } from '@/lib/summarize/chrome-ai';

interface SummaryViewProps {
  lines: SummaryLine[];
  text: string;
  lang: string | null;
  /** Scrolls the article to the block a sentence comes from. */
  onShowSentence: (line: SummaryLine) => void;
}

type AiState =
  | { phase: 'unavailable' }
  | { phase: 'offered' }
  | { phase: 'working' }
  | { phase: 'done'; summary: string }
  | { phase: 'failed' };

/**
 * The summary above the article: Lede's own sentences, each a link to where it stands.
 * Where Chrome's on-device Summarizer speaks the article's language, an "AI summary
 * (on-device)" button asks it instead; nothing ever leaves the machine.
 */
export function SummaryView({ lines, text, lang, onShowSentence }: SummaryViewProps) {
  const [ai, setAi] = useState<AiState>({ phase: 'unavailable' });
  useEffect(() => {
    const api = findSummarizer();
    if (!api) return;
    void chromeAiAvailability(api, lang).then((availability) =>
      setAi(availability === 'unavailable' ? { phase: 'unavailable' } : { phase: 'offered' }),
    );
  }, [lang]);

  const askAi = () => {
    setAi({ phase: 'working' });
    void summarizeWithChromeAi(findSummarizer(), text, { lang: lang ?? 'en', allowDownload: true }).then((summary) =>
      setAi(summary ? { phase: 'done', summary } : { phase: 'failed' }),
    );
  };

  if (lines.length === 0 && ai.phase !== 'done') return null;
  return (
    <section class="summary" aria-labelledby="summary-heading">
      <h2 class="summary__heading" id="summary-heading">
        {t('summaryHeading')}
      </h2>
      {ai.phase === 'done' ? (
        <p class="summary__ai">{ai.summary}</p>
      ) : (
        <ol class="summary__lines">
          {lines.map((line) => (
            <li key={`${line.block}:${line.text}`}>
              <a
                href="#"
                class="summary__line"
                onClick={(event) => {
                  event.preventDefault();
                  onShowSentence(line);
                }}
              >
                {line.text}
              </a>
            </li>
          ))}
        </ol>
      )}
      {ai.phase === 'offered' && (
        <button type="button" class="button button--quiet" onClick={askAi}>
          {t('summaryAiButton')}
        </button>
      )}
      {ai.phase === 'working' && (
        <p class="summary__note" role="status">
          {t('summaryAiWorking')}
        </p>
      )}
      {ai.phase === 'failed' && (
        <p class="summary__note" role="status">
          {t('summaryAiFailed')}
        </p>
      )}
    </section>
  );
}
