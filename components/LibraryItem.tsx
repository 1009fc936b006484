import { useState } from 'preact/hooks';
import type { ListedArticle } from '@/lib/db/write';
import { t } from '@/lib/ui/i18n';
import type { SnippetSegment } from '@/lib/search';
import { readerPath } from '@/lib/ui/saved-article';
import { percentRead } from '@/lib/ui/reading-progress';
import { Snippet } from './Snippet';

export interface LibraryItemProps {
  article: ListedArticle;
  snippet?: SnippetSegment[];
  /** How many highlights the article has (read after the list is shown: none until then). */
  highlights?: number;
  onMarkRead: (read: boolean) => void;
  onDelete: () => void;
  onTags: (tags: string[]) => void;
}

/** "Saved on" dates (and the highlights' dates); made once (a formatter costs as much to make as
 * a hundred dates to format). */
let savedDateFormat: Intl.DateTimeFormat | undefined;
export const formatSavedDate = (time: number) =>
  (savedDateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })).format(new Date(time));

/** One saved article in the library list. */
export function LibraryItem({ article, snippet, highlights = 0, onMarkRead, onDelete, onTags }: LibraryItemProps) {
  const [tags, setTags] = useState(article.tags.join(', '));
  const read = article.readAt !== null;
  const saved = formatSavedDate(article.savedAt);
  const pending = !article.text;
  const percent = read ? null : percentRead(article.progress);
  // every item has "Delete", "Mark read" and tags: each control names its article to
  // screen readers through the title's id
  const titleId = `item-title-${article.id}`;
  return (
    <li class={`item${read ? ' item--read' : ''}`}>
      <a
        id={titleId}
        class="item__title"
        href={pending ? article.url : readerPath(article.id)}
        target={pending ? '_blank' : undefined}
        rel="noreferrer"
      >
        {article.title}
      </a>
      <p class="item__meta">
        {[
          article.siteName,
          t('savedOn', saved),
          pending ? t('pendingLink') : null,
          percent === null ? null : t('readingProgress', String(percent)),
          highlights > 1 ? t('highlightsCount', String(highlights)) : highlights === 1 ? t('highlightsCountOne') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {snippet ? <Snippet segments={snippet} /> : article.excerpt && <p class="item__snippet">{article.excerpt}</p>}
      <div class="item__actions">
        <button type="button" class="button button--quiet" aria-describedby={titleId} onClick={() => onMarkRead(!read)}>
          {read ? t('markUnread') : t('markRead')}
        </button>
        <button type="button" class="button button--quiet" aria-describedby={titleId} onClick={onDelete}>
          {t('deleteArticle')}
        </button>
        <label class="item__tags">
          <span class="visually-hidden">{t('tagsLabel')}</span>
          <input
            value={tags}
            placeholder={t('tagsLabel')}
            aria-label={t('tagsLabel')}
            aria-describedby={titleId}
            onInput={(event) => setTags((event.target as HTMLInputElement).value)}
            onBlur={() =>
              onTags(
                tags
                  .split(',')
                  .map((tag) => tag.trim())
                  .filter(Boolean),
              )
            }
          />
        </label>
      </div>
    </li>
  );
}
