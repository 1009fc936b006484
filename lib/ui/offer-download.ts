// Files the pages make (exports) are handed to the browser as a download, as its own "Save as".

/** Offers a file to download under `name`. */
export function offerDownload(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  // the download has started by then: the address can go
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
