// The bookmarks file every browser exports and imports (the Netscape format): nested <DL> lists,
// a folder being a <DT><H3>name</H3> followed by its <DL>, a bookmark a <DT><A HREF ADD_DATE>.
// A reader's folders are how they sorted their links, so each enclosing folder becomes a tag.
import { importedItem, isoFromUnixSeconds, webAddress } from './fields';
import type { ImportContext, ImportedItem, ParsedImport } from './types';

/** The browsers' own top folders, named in the reader's language: where every bookmark lives,
 * so not a tag. Compared ignoring case. Chrome and Firefox also mark two of them with an
 * attribute (ROOT_FOLDER_ATTRIBUTES), which covers the languages not listed here. */
const ROOT_FOLDERS = new Set(
  [
    // Chrome, Brave, Vivaldi (English)
    'Bookmarks bar',
    'Other bookmarks',
    'Mobile bookmarks',
    // Firefox
    'Bookmarks Toolbar',
    'Bookmarks Menu',
    'Other Bookmarks',
    'Mobile Bookmarks',
    // Edge
    'Favorites bar',
    'Other favorites',
    // Safari
    'Favorites',
    'BookmarksBar',
    'BookmarksMenu',
    // Chrome, Cốc Cốc and Firefox in Vietnamese
    'Thanh dấu trang',
    'Dấu trang khác',
    'Dấu trang trên thiết bị di động',
    'Thanh công cụ dấu trang',
    'Menu dấu trang',
  ].map((name) => name.toLocaleLowerCase()),
);

/** H3 attributes the browsers write on their toolbar and "other bookmarks" folders. */
const ROOT_FOLDER_ATTRIBUTES = ['personal_toolbar_folder', 'unfiled_bookmarks_folder'];

/** The format's doctype, which every browser writes first. */
const DOCTYPE = /<!DOCTYPE\s+NETSCAPE-Bookmark-file-1\s*>/i;

export function looksLikeBookmarks(text: string): boolean {
  // after a BOM, blank lines or a comment some tools put first
  return DOCTYPE.test(text.slice(0, 2048));
}

export function readBookmarksHtml(text: string, ctx: ImportContext): ParsedImport {
  if (!looksLikeBookmarks(text)) return { ok: false, reason: 'unknown-format' };
  const doc = ctx.parseHtml(text);
  const items: ImportedItem[] = [];
  let skipped = 0;
  for (const link of Array.from(doc.querySelectorAll('a'))) {
    // place: (Firefox's smart folders), javascript: (bookmarklets), file:, about: and the like
    const url = webAddress(link.getAttribute('href'));
    if (!url) {
      skipped += 1;
      continue;
    }
    const tags = (link.getAttribute('tags') ?? '').split(',');
    items.push(
      importedItem({
        url,
        title: link.textContent ?? '',
        tags: [...foldersOf(link), ...tags],
        savedAt: isoFromUnixSeconds(link.getAttribute('add_date')) ?? ctx.now,
      }),
    );
  }
  if (items.length === 0) return { ok: false, reason: 'no-items' };
  return { ok: true, format: 'bookmarks-html', items, skipped };
}

/** The names of the folders around `link`, outermost first. The source never closes <DT>, so
 * how the tree nests depends on the parser: an HTML5 parser puts a folder's <DL> inside its
 * <DT>, after the <H3>; others leave it as the <DT>'s next sibling. Either way the folder's
 * heading is the last <H3> before the <DL>, among its siblings or in the <DT> just before. */
function foldersOf(link: Element): string[] {
  const names: string[] = [];
  for (let list = link.closest('dl'); list; list = list.parentElement?.closest('dl') ?? null) {
    const heading = headingOf(list);
    if (heading && !isRootFolder(heading)) names.unshift(heading.textContent?.trim() ?? '');
  }
  return names;
}

function headingOf(list: Element): Element | null {
  for (let node: Element | null = list; node; node = enclosingEntry(node)) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const tag = sibling.tagName.toLowerCase();
      if (tag === 'h3') return sibling;
      if (tag === 'dt') return lastChild(sibling, 'h3');
      // a folder's description (<DD>) and stray <p>s can sit between its heading and its list
      if (tag !== 'dd' && tag !== 'p') return null;
    }
  }
  return null;
}

/** The <DT>, <DD> or <p> a parser left open around `node`: with a description, Firefox's
 * "<DT><H3>…</H3><DD>…<DL>" puts the list inside the <DD>, whose previous sibling is the <DT>. */
function enclosingEntry(node: Element): Element | null {
  const parent = node.parentElement;
  return parent && ['dt', 'dd', 'p'].includes(parent.tagName.toLowerCase()) ? parent : null;
}

function lastChild(parent: Element, tag: string): Element | null {
  const found = Array.from(parent.children).filter((child) => child.tagName.toLowerCase() === tag);
  return found[found.length - 1] ?? null;
}

function isRootFolder(heading: Element): boolean {
  const name = (heading.textContent ?? '').trim().toLocaleLowerCase();
  return ROOT_FOLDERS.has(name) || ROOT_FOLDER_ATTRIBUTES.some((attribute) => heading.hasAttribute(attribute));
}
