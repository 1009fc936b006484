// Page furniture found by markup, removed from Lede's clone before Readability runs.
// Two kinds: exact markup (tags, roles, classes, ids, attributes), and words in class or
// id names, matched as whole words of the name, so "share-bar" and "box_related" match.
// Names are tested on block elements only: plo marks keyword links inside sentences
// "cms-relate", and those stay. Elements that hold the page's prose are never removed,
// whatever they are called (see main-content.ts).

/**
 * Furniture whatever the site, as exact markup. Kept as tag, role, class, id and attribute
 * lists rather than CSS selectors so one walk over the page tests them all (one
 * querySelectorAll per selector costs ~10 ms each on a large page in jsdom).
 */
export const FURNITURE_MARKUP = {
  /** Navigation, forms and embeds a reader view cannot use. */
  tags: ['nav', 'menu', 'form', 'button', 'input', 'select', 'textarea', 'iframe', 'object', 'embed', 'dialog'],
  /** ARIA landmarks and widgets that are never the article. */
  roles: [
    'navigation',
    'banner',
    'contentinfo',
    'button',
    'dialog',
    'alertdialog',
    'menu',
    'menubar',
    'toolbar',
    'search',
    'complementary',
  ],
  /** Classes of share widgets (AddThis, ShareThis, AddToAny, Zalo, Facebook, Twitter plugins), breadcrumbs and site chrome. */
  classes: [
    'breadcrumb',
    'breadcrumbs',
    'site-header',
    'site-footer',
    'addthis_toolbox',
    'sharethis',
    'a2a_kit',
    'zalo-share-button',
    'fb-like',
    'fb-share-button',
    'fb-comments',
    'twitter-share-button',
    'adsbygoogle',
    'banner',
    // Text for screen readers only ("Image caption, ", "End of list"): sighted readers never see it
    'visually-hidden',
    'visuallyhidden',
    'sr-only',
    'sr-text',
    'screen-reader-text',
    'screen-reader-only',
    'a11y-hidden',
    'element-invisible',
  ],
  /** Ids of site chrome. */
  ids: ['header', 'footer', 'menu', 'nav', 'navigation', 'sidebar'],
  /** Id prefixes of advertising slots (Google Publisher Tags, Vietnamese ad servers). */
  idPrefixes: ['div-gpt-ad', 'ads', 'adsmobile', 'admzone', 'banner'],
  /** Attributes only copy/share controls and ad slots carry. */
  attributes: ['data-clipboard', 'data-clipboard-text', 'data-copy', 'data-share', 'data-ad', 'data-ad-slot'],
  /** The site's own header and footer when they are direct children of <body>. */
  bodyChildTags: ['header', 'footer'],
} as const;

/** Words in class/id names that mark furniture. */
export const FURNITURE_NAME_WORDS: readonly string[] = [
  // Sharing and copying: "social", "share-bar", "box-share", "btn-copy", "copy-link"
  'share',
  'shares',
  'sharing',
  'sharebar',
  'social',
  'socials',
  'copylink',
  'clipboard',
  'addthis',
  'sharethis',
  // Lists of other articles: "related", "box-related", "tin-lien-quan", "tinkhac", "most-read", "read-more"
  'related',
  'relate',
  'relatednews',
  'relatedposts',
  'lienquan',
  'tinlienquan',
  'tinkhac',
  'othernews',
  'morenews',
  'mostread',
  'mostviewed',
  'mostpopular',
  'xemnhieu',
  'docnhieu',
  'recommend',
  'recommended',
  'recommendation',
  'suggest',
  'suggestion',
  'trending',
  'readmore',
  'readnext',
  'outbrain',
  'taboola',
  'dexuat',
  'tinmoi',
  'latestnews',
  // Author bios after the article (WordPress "author-box-wrap", "about-author")
  'authorbox',
  'authorboxwrap',
  'authorbio',
  'aboutauthor',
  'authorinfo',
  'authordescription',
  'bio',
  // Comments, tags, newsletter boxes, ads, print/font tools
  'comment',
  'comments',
  'binhluan',
  'disqus',
  'tags',
  'taglist',
  'tukhoa',
  'keywords',
  'newsletter',
  'subscribe',
  'signup',
  'ads',
  'advert',
  'advertisement',
  'adsbygoogle',
  'sponsor',
  'sponsored',
  'quangcao',
  'promo',
  'toolbar',
  'print',
  'breadcrumb',
  'pagination',
  'paging',
  'sidebar',
  'widget',
  'popup',
  'modal',
  'cookie',
  'consent',
];

/** Tags that can hold furniture found by name. Inline tags (a, span) are left alone: sites put classes on links inside sentences. */
export const FURNITURE_NAME_TAGS: readonly string[] = [
  'div',
  'section',
  'aside',
  'ul',
  'ol',
  'table',
  'footer',
  'header',
  'nav',
  'p',
  'figure',
  'dl',
];

/** Class/id words of the lead paragraph (sapo, standfirst) that sits above the body on most news sites. */
export const LEAD_NAME_WORDS: readonly string[] = [
  'sapo',
  'lead',
  'lede',
  'standfirst',
  'subtitle',
  'subheadline',
  'subhead',
  'description',
  'desc',
  'summary',
  'intro',
  'excerpt',
  'deck',
  'dek',
  'chapeau',
  'abstract',
  'tomtat',
  'shortintro',
  'headnoidung',
];

/**
 * Class/id words of a place dateline printed inside the first sentence (Washington Post, AP:
 * `<p><span class="dateline">CAIRO —</span> Gunmen opened fire…`). Readability takes any element
 * so named for the byline and deletes it, so the story lost its place and "CAIRO" became its
 * author. Inline ones are unmarked before Readability runs and stay in the sentence.
 */
export const PLACE_DATELINE_NAME_WORDS: readonly string[] = ['dateline', 'datelines', 'placeline'];

/** Class/id words of the element naming the author (24h "nguontin", dantri "author-name", WordPress "byline"). */
export const AUTHOR_NAME_WORDS: readonly string[] = [
  'author',
  'authors',
  'byline',
  'writer',
  'reporter',
  'nguontin',
  'tacgia',
  'signature',
  'contributor',
  'creditline',
];
