import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/** Turns untrusted article HTML into markup that is safe to render in an extension page. */
export interface HtmlSanitizer {
  /**
   * Sanitizes markup into a new fragment of this window's document: the one parse the markup
   * ever gets on its way to the screen. Insert the fragment's nodes as they are; never turn them
   * back into a string to parse again (a serialise-and-parse round trip is where mutation XSS
   * lives: markup that was inert text in one parse becomes live elements in the next).
   * Its links to web pages open in a new tab, with no opener and no referrer.
   */
  fromHtml(html: string): DocumentFragment;
  /**
   * Sanitizes a detached element and its subtree in place, skipping a serialise-and-parse
   * round trip (a third of the sanitizing time on large articles).
   */
  inPlace(element: Element): Element;
}

// Article markup is prose, figures and tables. Forms, embeds and frames are page
// furniture that a reader view never needs, and each is a way to run code or leak
// a request, so they go even where DOMPurify would allow them. The raw-text and
// fallback elements (<style>, <title>, <noscript>, <xmp>, <noembed>, <noframes>, <textarea>)
// go with their content: their text is markup only a second parse would make live.
const FORBID_TAGS = [
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'iframe',
  'frame',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'title',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'template',
];
// `id` and `name` are how markup clobbers a page's globals and document properties
// (`<img name=getElementById>`, `<a id=chrome>` → window.chrome); nothing in a rendered article
// needs them (the summary finds its paragraphs by block index, and in-article #links were made
// absolute to the page they came from). `background` (on tables and cells) and `poster`
// (handled below) fetch images; `autoplay` plays media nobody asked for.
const FORBID_ATTR = ['style', 'srcdoc', 'formaction', 'ping', 'target', 'id', 'name', 'background', 'autoplay'];

/** Links that keep the reader where it is: "#section" scrolls within the article; "mailto:", "tel:" and
 * the like open an app. Every other link (a web page, normally: the extraction made them absolute)
 * opens in a new tab. */
const IN_PLACE_LINK = /^\s*(?:#|(?:mailto|tel|sms|callto|cid|xmpp|matrix):)/i;

/** Elements whose <source>/<track> children are theirs; elsewhere a <source> or <track> goes. */
const MEDIA_PARENTS: Record<string, ReadonlySet<string>> = {
  source: new Set(['picture', 'video', 'audio']),
  track: new Set(['video', 'audio']),
};

/** Hidden by its style: display:none, visibility:hidden, opacity 0, or a size of 0–2 px. */
const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$|!)|(?:max-)?(?:width|height)\s*:\s*[0-2](?:\.\d+)?(?:px)?\s*(?:;|$|!))/i;

/**
 * Addresses of analytics and ad beacons: well-known tracking hosts, and paths named as a
 * pixel, beacon or hit counter (`/tr?`, `/pixel.gif`, `/b/ss/`, `/collect?`…).
 */
const TRACKER_URL = new RegExp(
  [
    String.raw`^(?:https?:)?//(?:[^/?#]*\.)?(?:doubleclick\.net|google-analytics\.com|googletagmanager\.com|googlesyndication\.com|scorecardresearch\.com|quantserve\.com|imrworldwide\.com|chartbeat\.net|statcounter\.com|mc\.yandex\.ru|counter\.yadro\.ru|top-fwz1\.mail\.ru|bat\.bing\.com|analytics\.twitter\.com|px\.ads\.linkedin\.com|pixel\.wp\.com|stats\.wp\.com|adnxs\.com|criteo\.(?:com|net)|taboola\.com|outbrain\.com)(?:[:/?#]|$)`,
    String.raw`^(?:https?:)?//(?:www\.)?facebook\.com/tr\b`,
    String.raw`/(?:tr|pixel|beacon|tracking|tracker|track|collect|hit|imp|impression|pageview|count|counter)(?:\.(?:gif|png|php|aspx?)|/?)(?:[?#]|$)`,
    String.raw`/b/ss/`,
    String.raw`[?&]noscript=1(?:&|$)`,
  ].join('|'),
  'i',
);

/** A width or height attribute of 0, 1 or 2 (pixels): a beacon, never an article image. */
function isTinyDimension(value: string | null): boolean {
  if (value === null) return false;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value);
  return !!match && Number.parseFloat(match[1]!) <= 2;
}

/**
 * An image a reader never sees: the `hidden` attribute, a hiding style, a width or height
 * of 2 px or less, or the address of a tracking beacon. Such an image is there to be
 * fetched, not seen, so Lede drops it.
 */
export function isHiddenOrTrackingImage(image: Element): boolean {
  if (image.hasAttribute('hidden')) return true;
  const style = image.getAttribute('style');
  if (style && HIDING_STYLE.test(style)) return true;
  if (isTinyDimension(image.getAttribute('width')) || isTinyDimension(image.getAttribute('height'))) return true;
  const addresses = [image.getAttribute('src') ?? '', ...srcsetUrls(image.getAttribute('srcset') ?? '')];
  return addresses.some((url) => TRACKER_URL.test(url.trim()));
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+(?=\S)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/**
 * Binds DOMPurify to a real DOM window (the browser's, or jsdom's in Node).
 * Misuse is an error: a window DOMPurify cannot work with would let markup through unsanitized.
 */
const sanitizers = new WeakMap<Window, HtmlSanitizer>();

export function createSanitizer(window: Window): HtmlSanitizer {
  const cached = sanitizers.get(window);
  if (cached) return cached;
  const sanitizer = buildSanitizer(window);
  sanitizers.set(window, sanitizer);
  return sanitizer;
}

function buildSanitizer(window: Window): HtmlSanitizer {
  // One DOMPurify per mode, configured once: passing the configuration to every call
  // makes DOMPurify rebuild its tag and attribute tables each time.
  const config: Config = { FORBID_TAGS, FORBID_ATTR, ALLOW_DATA_ATTR: false, SANITIZE_DOM: true };
  // FORCE_BODY: the markup is a body's content, parsed as such from its first character (a
  // leading <noscript> or <style> would otherwise be parsed as the head's, where a <noscript>'s
  // <img> is moved out of it into the body)
  const toFragment = configuredPurify(window, { ...config, RETURN_DOM_FRAGMENT: true, FORCE_BODY: true }, 'render');
  const inPlace = configuredPurify(window, { ...config, IN_PLACE: true }, 'store');
  return {
    // DOMPurify parses into a document of its own (DOMParser: inert, nothing loads or runs
    // there); the fragment is adopted into this window's document only once it is clean.
    fromHtml: (html) => window.document.adoptNode(toFragment.sanitize(html) as unknown as DocumentFragment),
    inPlace: (element) => {
      if (element.isConnected) throw new Error('inPlace sanitizes detached elements only, never a live page');
      return inPlace.sanitize(element) as unknown as Element;
    },
  };
}

/** `render`: the markup goes on the screen of an extension page (fromHtml); `store`: it is the
 * extracted article, kept and exported as the page gave it (inPlace). */
type Purpose = 'render' | 'store';

function configuredPurify(window: Window, config: Config, purpose: Purpose): DOMPurify {
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported) {
    throw new Error('DOMPurify cannot sanitize with this window; use a browser or jsdom window');
  }
  purify.setConfig(config);
  addHooks(purify, purpose);
  return purify;
}

/** Lede's rules on top of DOMPurify's: what an article shows may load only the article's own media,
 * and a link in it never takes the popup or the reader away from the article. */
function addHooks(purify: DOMPurify, purpose: Purpose): void {
  // before attributes are sanitized: the style and hidden attributes still say what is hidden
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = data.tagName;
    if (tag === 'img' && isHiddenOrTrackingImage(element)) element.remove();
    else if (tag === 'source' || tag === 'track') {
      const parent = element.parentElement?.localName ?? '';
      if (!MEDIA_PARENTS[tag]!.has(parent)) element.remove();
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType !== 1) return;
    const element = node as Element;
    switch (element.localName) {
      case 'img':
        // no referrer for the article's images, and none fetched before it scrolls near
        element.setAttribute('referrerpolicy', 'no-referrer');
        element.setAttribute('loading', 'lazy');
        element.setAttribute('decoding', 'async');
        element.removeAttribute('poster');
        break;
      case 'video':
      case 'audio':
        // media loads when the reader presses play, not when the article shows
        element.setAttribute('preload', 'none');
        break;
      case 'a':
      case 'area':
        // Clicked in the popup or the reader, a link would load over the extension page: it opens
        // in a new tab, which can neither reach back (noopener) nor learn where it came from
        // (noreferrer). Lede sets the target here, after DOMPurify took the page's own (FORBID_ATTR).
        if (
          purpose === 'render' &&
          element.hasAttribute('href') &&
          !IN_PLACE_LINK.test(element.getAttribute('href')!)
        ) {
          element.setAttribute('target', '_blank');
          element.setAttribute('rel', 'noopener noreferrer');
          element.setAttribute('referrerpolicy', 'no-referrer');
        }
        element.removeAttribute('poster');
        break;
      default:
        element.removeAttribute('poster');
    }
  });
}
