// Driving Lede in Firefox over Marionette: tabs, the real toolbar popup, and real mouse
// clicks inside it.
//
// Marionette scripts tabs only, not the popup panel's <browser>, so the popup is read
// through a second extension page (a "probe" tab, opened in the background so the article
// tab stays the active one the popup reads): extension pages share one origin and process,
// and `browser.extension.getViews({ type: 'popup' })` hands the probe the popup's window.
// Clicks in the popup are real mouse events sent to the browser window (chrome context) at
// the button's place on screen, not DOM calls.
import type { Marionette } from './marionette';

/** Lede's toolbar button: `<widget id>-browser-action`, the id with non-alphanumerics as `_`. */
export const WIDGET_ID = 'lede_lede_invalid-browser-action';

export class FirefoxDriver {
  private context: 'chrome' | 'content' = 'content';

  constructor(readonly marionette: Marionette) {}

  /** Runs a function body in the browser's privileged chrome window. */
  async chrome<T>(script: string, args: unknown[] = []): Promise<T> {
    await this.use('chrome');
    return this.marionette.execute<T>(script, args);
  }

  /** Runs a function body in the current tab (`window` is the page's own window). */
  async content<T>(script: string, args: unknown[] = []): Promise<T> {
    await this.use('content');
    return this.marionette.execute<T>(script, args);
  }

  /** Like content, but the body's last argument is a callback to call with the result. */
  async contentAsync<T>(script: string, timeoutMs: number, args: unknown[] = []): Promise<T> {
    await this.use('content');
    return this.marionette.executeAsync<T>(script, args, timeoutMs);
  }

  async navigate(url: string): Promise<void> {
    await this.use('content');
    await this.marionette.send('WebDriver:Navigate', { url });
  }

  async handles(): Promise<string[]> {
    await this.use('content');
    return this.marionette.send<string[]>('WebDriver:GetWindowHandles');
  }

  async currentHandle(): Promise<string> {
    await this.use('content');
    return (await this.marionette.send<{ value: string }>('WebDriver:GetWindowHandle')).value;
  }

  /** Makes `handle` the tab that content scripts run in; `focus: false` leaves the selected tab be. */
  async switchTo(handle: string, focus: boolean): Promise<void> {
    await this.use('content');
    await this.marionette.send('WebDriver:SwitchToWindow', { handle, focus });
  }

  /** Opens `url` in a new tab in the background, as if typed in the address bar; returns its handle. */
  async openBackgroundTab(url: string): Promise<string> {
    const before = new Set(await this.handles());
    await this.chrome(
      'gBrowser.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(), inBackground: true });',
      [url],
    );
    const handle = (await this.handles()).find((h) => !before.has(h));
    if (!handle) throw new Error(`No new tab for ${url}`);
    return handle;
  }

  /** Clicks an element of the current tab with a real (WebDriver) click. */
  async click(cssSelector: string): Promise<void> {
    await this.use('content');
    const found = await this.marionette.send<{ value: Record<string, string> }>('WebDriver:FindElement', {
      using: 'css selector',
      value: cssSelector,
    });
    await this.marionette.send('WebDriver:ElementClick', { id: Object.values(found.value)[0] });
  }

  /** Types into an element of the current tab, key by key. */
  async type(cssSelector: string, text: string): Promise<void> {
    await this.use('content');
    const found = await this.marionette.send<{ value: Record<string, string> }>('WebDriver:FindElement', {
      using: 'css selector',
      value: cssSelector,
    });
    await this.marionette.send('WebDriver:ElementSendKeys', { id: Object.values(found.value)[0], text });
  }

  /**
   * Clicks Lede's toolbar button. Firefox puts an extension's button in the Extensions panel
   * at first; it is pinned to the toolbar (the panel's "Pin to Toolbar") and then clicked.
   */
  async clickToolbarButton(): Promise<void> {
    await this.chrome('CustomizableUI.addWidgetToArea(arguments[0], CustomizableUI.AREA_NAVBAR);', [WIDGET_ID]);
    const found = await this.marionette.send<{ value: Record<string, string> }>('WebDriver:FindElement', {
      using: 'css selector',
      value: `#${WIDGET_ID} .unified-extensions-item-action-button`,
    });
    await this.marionette.send('WebDriver:ElementClick', { id: Object.values(found.value)[0] });
  }

  /** The URL in the popup panel's browser, or null while no popup is open. */
  popupUrl(): Promise<string | null> {
    return this.chrome(
      'const b = document.querySelector("browser.webextension-popup-browser"); return b ? b.currentURI.spec : null;',
    );
  }

  /**
   * Runs a function body against the open popup from the current tab, which must be an
   * extension page: `popup` is the popup's window (null while none is open).
   */
  inPopup<T>(script: string, args: unknown[] = []): Promise<T> {
    return this.content<T>(
      `const popup = window.browser.extension.getViews({ type: 'popup' })[0] ?? null;\n${script}`,
      args,
    );
  }

  /** A real left click, in the browser window, on the middle of `cssSelector` in the popup. */
  async clickInPopup(cssSelector: string, text?: string): Promise<void> {
    const box = await this.inPopup<number[] | null>(
      `
      const target = [...(popup?.document.querySelectorAll(arguments[0]) ?? [])].find((el) => arguments[1] == null || el.textContent.includes(arguments[1]));
      if (!target) return null;
      const r = target.getBoundingClientRect();
      return r.bottom <= popup.innerHeight && r.right <= popup.innerWidth ? [r.x + r.width / 2, r.y + r.height / 2] : null;`,
      [cssSelector, text ?? null],
    );
    if (!box) throw new Error(`No visible ${cssSelector}${text ? ` "${text}"` : ''} in the popup`);
    const panel = await this.chrome<number[]>(
      'const r = document.querySelector("browser.webextension-popup-browser").getBoundingClientRect(); return [r.x, r.y];',
    );
    const [x, y] = [Math.round(panel[0]! + box[0]!), Math.round(panel[1]! + box[1]!)];
    await this.marionette.send('WebDriver:PerformActions', {
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x, y, origin: 'viewport' },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await this.marionette.send('WebDriver:ReleaseActions');
  }

  private async use(context: 'chrome' | 'content'): Promise<void> {
    if (this.context === context) return;
    await this.marionette.setContext(context);
    this.context = context;
  }
}
