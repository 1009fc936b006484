// Boilerplate the article still ends with after Readability: the publisher's copyright and
// address block, a tag list, the comment policy (rules/tails.ts lists their words). Only the
// tail is read: the blocks after the story's last long paragraph, at most TAIL_MAX_BLOCKS of
// them (and TAIL_MAX_TAG_BLOCKS of tag links), read back from the end; only short blocks go,
// and never the block holding the story. A sentence about copyright or tags in the middle of
// the story is never looked at. A tag label standing alone ("Tags", "Từ khóa:") goes with the
// tag links right after it, or alone when nothing after it stays.
// ("Updated at …" lines are clean/datelines.ts's; the standfirst printed again at the end is
// clean/article-repeats.ts's.)
import { COMMENT_POLICY_PHRASES } from '../rules/comment-policies';
import { closestTag, hasDescendant, labelSet, MEDIA_TAGS, normalizeLabel, removeAll, textOf } from '../dom/elements';
import { BLOCK_TAGS } from '../dom/measure';
import {
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
  TAIL_MAX_TAG_BLOCKS,
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
const TAG_LABEL_SET: ReadonlySet<string> = new Set(TAG_LABELS);
/** A photo's credit ("© 2024 AFP") is the photo's: figures are never tails. */
const FIGURE_TAGS: ReadonlySet<string> = new Set(['figure', 'figcaption', 'picture']);
/** Share of a tag list's text inside links when its tags are links with no separator. */
const LINKED_TAGS_SHARE = 0.5;

/** `tag-label`: a tag label standing alone; `tag-links`: a block of tags that are links and nothing else. */
type Kind = 'publisher' | 'contact' | 'tags' | 'tag-label' | 'tag-links' | 'policy' | null;

/** Removes the copyright and address block, tag lists and comment policies from the end of the article; returns how many blocks. */
export function removeBoilerplateTails(ctx: CleanContext): number {
  const found: Element[] = [];
  const contacts: Element[] = [];
  let publisher = false;
  // a tag label's tags: the tag links read since the last block that stays, and whether the
  // block after the one being read (in the article's order) is tags, or nothing after it stays
  let tagLinks: Element[] = [];
  let tagsFollow = true;
  let blocks = 0;
  let tagBlocks = 0;
  for (const block of tailBlocks(ctx)) {
    const { chars } = ctx.measure.of(block);
    const kind = chars <= TAIL_MAX_CHARS && !ctx.guard.isMainContent(block) ? kindOf(ctx, block) : null;
    if (kind === 'tag-links' ? ++tagBlocks > TAIL_MAX_TAG_BLOCKS : ++blocks > TAIL_MAX_BLOCKS) break;
    if (kind === 'tag-links') {
      tagLinks.push(block); // they go if a tag label stands right above them
      tagsFollow = true;
      continue;
    }
    if (!kind && ctx.measure.of(block).ownChars >= TAIL_PROSE_CHARS) break; // the story's last long paragraph
    let stays = !kind;
    if (kind === 'tag-label') {
      stays = !tagsFollow; // a label over something else than tags is not a tag list's
      if (!stays) found.push(block, ...tagLinks);
    } else if (kind === 'contact') {
      contacts.push(block);
      stays = true; // unless a publisher block is found: see below
    } else if (kind) {
      found.push(block);
      publisher ||= kind === 'publisher';
    }
    if (stays) tagsFollow = false;
    else if (kind === 'tags' || kind === 'tag-label') tagsFollow = true;
    if (kind !== 'tags') tagLinks = [];
  }
  // an address or a phone number is the newsroom's only beside its copyright or masthead
  if (publisher) found.push(...contacts);
  return removeAll(found);
}

/** The article's blocks that hold text of their own, last first. */
function* tailBlocks(ctx: CleanContext): Generator<Element> {
  const { elements } = ctx.measure;
  for (let i = elements.length - 1; i > 0; i--) {
    const block = elements[i]!;
    if (!BLOCK_TAGS.has(block.localName) || ctx.measure.of(block).ownChars === 0 || !isAttached(ctx, block)) continue;
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
  if (TAG_LABEL_SET.has(text)) return 'tag-label'; // "Tags", "Từ khóa:" (normalizeLabel took the colon off)
  if (startsWithLabel(text, CONTACT)) return 'contact';
  if (areTagLinks(block, written)) return 'tag-links';
  return null;
}

/** A tag label and at most the separators of its tags, as a block made of tag links leaves it: "Tags:", "Từ khóa: ,". */
export function isTagLead(text: string): boolean {
  const [label = '', ...rest] = normalizeLabel(text).split(/\s*[:：]\s*/u);
  return TAG_LABEL_SET.has(label) && rest.every((part) => part.split(TAG_SEPARATORS).every((tag) => !tag.trim()));
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

/** A block of links that are tags and nothing else between them but separators: "<a>#Lào Cai</a> <a>#thi đua</a>", "<li><a>rail</a></li>". */
function areTagLinks(block: Element, written: string): boolean {
  const links = [...block.getElementsByTagName('a')].map((a) => textOf(a)).filter(Boolean);
  if (links.length === 0) return false;
  let rest = written;
  for (const link of links) rest = rest.replace(link, ' ');
  return rest.split(TAG_SEPARATORS).every((part) => !part.trim()) && areTags(links, 1);
}

function areTags(items: readonly string[], fewest: number): boolean {
  const tags = items.map((item) => item.trim()).filter(Boolean);
  return (
    tags.length >= fewest &&
    tags.every((tag) => tag.length <= TAG_MAX_CHARS && tag.split(/\s+/).length <= TAG_MAX_WORDS && !/[.!?]$/.test(tag))
  );
}
