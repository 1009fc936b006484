// Lede reads a private copy of the page, never the page itself. The copy leaves out the
// <style> blocks of the <head>: nothing Lede or Readability reads looks at them (Readability
// removes every <style> before it looks at the page), and copying one makes the DOM parse
// its stylesheet: a fifth of the copying time on pages with large inline CSS in jsdom, and
// work a browser does too. Everything else is copied as cloneNode(true) copies it.

/** A copy of `doc` to change freely: `doc.cloneNode(true)` without the <style> children of <head>. */
export function clonePage(doc: Document): Document {
  const clone = doc.cloneNode(false) as Document;
  for (let child = doc.firstChild; child; child = child.nextSibling) {
    clone.appendChild(
      child === doc.documentElement ? copyRoot(clone, child as Element) : clone.importNode(child, true),
    );
  }
  return clone;
}

/** The copied <html>, put together detached so that it is attached to the copy once. */
function copyRoot(clone: Document, root: Element): Element {
  const rootCopy = clone.importNode(root, false);
  for (let child = root.firstChild; child; child = child.nextSibling) {
    const isHead =
      child.nodeType === 1 &&
      (child as Element).localName === 'head' &&
      (child as Element).namespaceURI === root.namespaceURI;
    rootCopy.appendChild(isHead ? copyHead(clone, child as Element) : clone.importNode(child, true));
  }
  return rootCopy;
}

function copyHead(clone: Document, head: Element): Element {
  const headCopy = clone.importNode(head, false);
  for (let child = head.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (child as Element).localName === 'style') continue;
    headCopy.appendChild(clone.importNode(child, true));
  }
  return headCopy;
}
