import { describe, expect, it } from 'vitest';
import { isRestrictedUrl, isRestrictionError } from '../../lib/browser/page-access';

describe('isRestrictedUrl', () => {
  it.each([
    'chrome://settings',
    'chrome-extension://abc/popup.html',
    'about:blank',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://example.com/report.pdf',
    'view-source:https://example.com/',
  ])('refuses %s', (url) => expect(isRestrictedUrl(url)).toBe(true));

  it.each([
    'https://vnexpress.net/bai-viet-123.html',
    'http://127.0.0.1:8080/a.html',
    'https://chrome.google.com/search',
  ])('allows %s', (url) => expect(isRestrictedUrl(url)).toBe(false));

  it('leaves an unknown URL to the injection attempt', () => expect(isRestrictedUrl(undefined)).toBe(false));
});

describe('isRestrictionError', () => {
  it('recognises the errors Chrome gives on protected pages', () => {
    expect(isRestrictionError(new Error('Cannot access a chrome:// URL'))).toBe(true);
    expect(isRestrictionError(new Error('The extensions gallery cannot be scripted.'))).toBe(true);
    expect(
      isRestrictionError(
        new Error(
          'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
        ),
      ),
    ).toBe(true);
    expect(isRestrictionError(new Error('Out of memory'))).toBe(false);
  });
});
