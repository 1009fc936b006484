// Boilerplate the article still ends with after Readability: the publisher's copyright and
// address block, a tag list, the comment policy (rules/tails.ts lists their words). Only the
// tail is read: the blocks after the story's last long paragraph, at most TAIL_MAX_BLOCKS of
// them, read back from the end; only short blocks go, and never the block holding the story.
// A sentence about copyright or tags in the middle of the story is never looked at.
// ("Updated at …" lines are clean/datelines.ts's; the standfirst printed again at the end is
// clean/article-repeats.ts's.)
import { closestTag, hasDescendant, labelSet, MEDIA_TAGS, normalizeLabel, removeAll, textOf } from '../dom/elements';
import { BLOCK_TAGS } from '../dom/measure';
import {
  COMMENT_POLICY_PHRASES,
  CONTACT_LABELS,
  COPYRIGHT_MARK,
  COPYRIGHT_PHRASES,
  LICENCE_NUMBER,
  PUBLISHER_LABELS,
  TAG_LIST_LABELS,
  TAG_MAX_CHARS,
  TAG_MAX_WORDS,
  TAG_SEPARATORS,
  TAIL_MAX_BLOCKS,
  TAIL_MAX_CHARS,
  TAIL_PROSE_CHARS,
} from '../rules/tails';
import { isAttached, type CleanContext } from './context';

const normalizeAll = (phrases: readonly string[]) => [...labelSet(phrases)];
const COPYRIGHT = normalizeAll(COPYRIGHT_PHRASES);
const POLICY = normalizeAll(COMMENT_POLICY_PHRASES);
const PUBLISHER = normalizeAll(PUBLISHER_LABELS);
const CONTACT = normalizeAll(CONTACT_LABELS);
/** Tag labels, longest first, so "tagged with" is taken before "tagged". */
const TAG_LABELS = normalizeAll(TAG_LIST_LABELS).sort((a, b) => b.length - a.length);
/** A photo's credit ("© 2024 AFP") is the photo's: figures are never tails. */
const FIGURE_TAGS: ReadonlySet<string> = new Set(['figure', 'figcaption', 'picture']);
/** Share of a tag list's text inside links when its tags are links with no separator. */
const LINKED_TAGS_SHARE = 0.5;

type Kind = 'publisher' | 'contact' | 'tags' | 'policy' | null;

/** Removes the copyright and address block, tag lists and comment policies from the end of the article; returns how many blocks. */
export function removeBoilerplateTails(ctx: CleanContext): number {
  const found: Element[] = [];
  const contacts: Element[] = [];
  let publisher = false;
  for (const block of tailBlocks(ctx)) {
    const { chars } = ctx.measure.of(block);
    const kind = chars <= TAIL_MAX_CHARS && !ctx.guard.isMainContent(block) ? kindOf(ctx, block) : null;
    if (kind === 'contact') contacts.push(block);
    else if (kind) {
      found.push(block);
      publisher ||= kind === 'publisher';
    } else if (ctx.measure.of(block).ownChars >= TAIL_PROSE_CHARS) break; // the story's last long paragraph
  }
  // an address or a phone number is the newsroom's only beside its copyright or masthead
  if (publisher) found.push(...contacts);
  return removeAll(found);
}

/** The article's blocks that hold text of their own, last first, up to TAIL_MAX_BLOCKS. */
function* tailBlocks(ctx: CleanContext): Generator<Element> {
  const { elements } = ctx.measure;
  let read = 0;
  for (let i = elements.length - 1; i > 0 && read < TAIL_MAX_BLOCKS; i--) {
    const block = elements[i]!;
    if (!BLOCK_TAGS.has(block.localName) || ctx.measure.of(block).ownChars === 0 || !isAttached(ctx, block)) continue;
    read++;
    yield block;
  }
}

function kindOf(ctx: CleanContext, block: Element): Kind {
  const written = textOf(block);
  if (!written || hasDescendant(block, MEDIA_TAGS) || closestTag(block, FIGURE_TAGS)) return null;
  const text = normalizeLabel(written);
  if (isCopyright(written, text) || startsWithLabel(text, PUBLISHER)) return 'publisher';
  if (POLICY.some((phrase) => text.includes(phrase))) return 'policy';
  if (isTagList(ctx, block, text)) return 'tags';
  if (startsWithLabel(text, CONTACT)) return 'contact';
  return null;
}

function isCopyright(written: string, text: string): boolean {
  return COPYRIGHT_MARK.test(written) || LICENCE_NUMBER.test(text) || COPYRIGHT.some((phrase) => text.includes(phrase));
}

/** `text` opens with one of `labels` and a colon: "Địa chỉ: …", "Tòa soạn : …", "地址：…". */
function startsWithLabel(text: string, labels: readonly string[]): boolean {
  return labels.some((label) => text.startsWith(label) && /^\s*[:：]/u.test(text.slice(label.length)));
}

/** "Tags: a, b, c", "Từ khóa: x | y", "TAG: Amazon", "#a #b", or a tag label and then links only. */
function isTagList(ctx: CleanContext, block: Element, text: string): boolean {
  if (/^#/.test(textOf(block))) return areTags(text.split(TAG_SEPARATORS), 2);
  const label = TAG_LABELS.find((l) => text.startsWith(l) && /^(?:\s|[:：]|$)/u.test(text.slice(l.length)));
  if (!label) return false;
  const rest = text.slice(label.length);
  if (/^\s*[:：]/u.test(rest)) return areTags(rest.replace(/^\s*[:：]/u, '').split(TAG_SEPARATORS), 1);
  // no colon: the tags are links ("Tags <a>a</a> <a>b</a>"), not the words of a sentence
  const links = [...block.querySelectorAll('a')].map((a) => textOf(a)).filter(Boolean);
  return ctx.measure.linkDensity(block) >= LINKED_TAGS_SHARE && areTags(links, 1);
}

function areTags(items: readonly string[], fewest: number): boolean {
  const tags = items.map((item) => item.trim()).filter(Boolean);
  return (
    tags.length >= fewest &&
    tags.every((tag) => tag.length <= TAG_MAX_CHARS && tag.split(/\s+/).length <= TAG_MAX_WORDS && !/[.!?]$/.test(tag))
  );
}
