import { attributeReader, hasDescendant, MEDIA_TAGS, nameWordTest, removeAll } from '../dom/elements';
import { FURNITURE_MARKUP, FURNITURE_NAME_TAGS, FURNITURE_NAME_WORDS } from '../rules/selectors';
import type { CleanContext } from './context';

const TAGS = new Set<string>(FURNITURE_MARKUP.tags);
const ROLES = new Set<string>(FURNITURE_MARKUP.roles);
const CLASSES = new Set<string>(FURNITURE_MARKUP.classes);
const IDS = new Set<string>(FURNITURE_MARKUP.ids);
const BODY_CHILD_TAGS = new Set<string>(FURNITURE_MARKUP.bodyChildTags);
const hasFurnitureName = nameWordTest(FURNITURE_NAME_WORDS);
const NAME_TAGS = new Set(FURNITURE_NAME_TAGS);
const MARKUP_ATTRIBUTES = new Set<string>(FURNITURE_MARKUP.attributes);

/** True when the element's own markup says it is site furniture. */
export function isFurniture(element: Element): boolean {
  const tag = element.localName;
  if (TAGS.has(tag)) return true;
  if (BODY_CHILD_TAGS.has(tag) && element.parentElement?.localName === 'body') return true;
  const { names, get: valueOf } = attributeReader(element);
  if (names.length === 0) return false;
  const role = valueOf('role');
  if (role && ROLES.has(role.toLowerCase())) return true;
  if (valueOf('aria-hidden') === 'true' && !hasDescendant(element, MEDIA_TAGS)) return true;
  if (names.includes('hidden') || /display\s*:\s*none/i.test(valueOf('style') ?? '')) return true;
  if (names.some((name) => MARKUP_ATTRIBUTES.has(name))) return true;
  const id = valueOf('id')?.toLowerCase();
  if (id && (IDS.has(id) || FURNITURE_MARKUP.idPrefixes.some((prefix) => id.startsWith(prefix)))) return true;
  const classes = valueOf('class');
  if (classes && classes.split(/\s+/).some((name) => CLASSES.has(name.toLowerCase()))) return true;
  return (!!classes || !!id) && NAME_TAGS.has(tag) && hasFurnitureName(element);
}

/** Removes site chrome, widgets and ads (outermost match only), never the main content. */
export function removeFurniture(ctx: CleanContext): number {
  const found: Element[] = [];
  for (const element of ctx.measure.elements) {
    if (element === ctx.root || (found.length && found[found.length - 1]!.contains(element))) continue;
    if (isFurniture(element) && !ctx.guard.isMainContent(element)) found.push(element);
  }
  return removeAll(found);
}
