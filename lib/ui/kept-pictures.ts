// Showing an article with the pictures kept offline: each <img> whose address has a kept copy
// shows that copy (an object URL), so the reader sees the pictures without the network.

/** Points the pictures of `root` at their kept copies; returns how many it swapped. Alternative
 * sources (srcset, <source>) are dropped where a copy is shown: they would ask the network. */
export function showKeptPictures(root: ParentNode, copies: ReadonlyMap<string, string>): number {
  let swapped = 0;
  for (const img of root.querySelectorAll('img[src]')) {
    const copy = copies.get(img.getAttribute('src')!.trim());
    if (!copy) continue;
    img.setAttribute('src', copy);
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    if (img.parentElement?.localName === 'picture')
      for (const source of img.parentElement.querySelectorAll('source')) source.remove();
    swapped += 1;
  }
  return swapped;
}
