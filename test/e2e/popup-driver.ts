import type { CDPSession } from 'playwright-core';

// Playwright does not attach to extension popups opened by chrome.action.openPopup()
// (microsoft/playwright#5593), so the popup is driven over raw CDP: attach to its
// target and talk to it with Target.sendMessageToTarget.

interface CdpReply {
  id: number;
  result?: { result?: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
  error?: { message: string };
}

export class PopupDriver {
  private nextId = 0;
  private readonly pending = new Map<number, (reply: CdpReply) => void>();

  private constructor(
    private readonly session: CDPSession,
    private readonly sessionId: string,
    readonly targetId: string,
    /** Epoch ms at which the service worker called chrome.action.openPopup() (the "click"). */
    readonly clickedAt: number,
  ) {
    session.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const reply = JSON.parse(event.message) as CdpReply;
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
  }

  static async attach(session: CDPSession, targetId: string, clickedAt: number): Promise<PopupDriver> {
    const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
    return new PopupDriver(session, sessionId, targetId, clickedAt);
  }

  /** Sends one CDP command to the popup and returns its result. */
  async call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.nextId;
    const replied = new Promise<CdpReply>((done) => this.pending.set(id, done));
    await this.session.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const reply = await replied;
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result as T;
  }

  /** Evaluates a JavaScript expression in the popup and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.call<NonNullable<CdpReply['result']>>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    const exception = result.exceptionDetails;
    if (exception) throw new Error(exception.exception?.description ?? exception.text);
    return result.result?.value as T;
  }

  /** A PNG of the popup as the reader sees it. */
  async screenshot(): Promise<Buffer> {
    const { data } = await this.call<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }

  /** Waits until `selector` matches an element in the popup. */
  async waitFor(selector: string, options: { timeout?: number } = {}): Promise<void> {
    const deadline = Date.now() + (options.timeout ?? 10_000);
    while (Date.now() < deadline) {
      if (await this.evaluate<boolean>(`!!document.querySelector(${JSON.stringify(selector)})`)) return;
      await new Promise((done) => setTimeout(done, 20));
    }
    throw new Error(`Nothing matched ${selector} in the popup`);
  }

  /** Text of the first element matching `selector`, or null when none does. */
  text(selector: string): Promise<string | null> {
    return this.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`);
  }

  /** Texts of all buttons in the popup. */
  buttons(): Promise<string[]> {
    return this.evaluate(`[...document.querySelectorAll('button')].map((b) => b.textContent.trim())`);
  }

  /** Clicks the button whose text is `label`. */
  async clickButton(label: string): Promise<void> {
    const clicked = await this.evaluate<boolean>(
      `(() => { const b = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(label)}); b?.click(); return !!b; })()`,
    );
    if (!clicked) throw new Error(`No button "${label}" in the popup`);
  }

  async close(): Promise<void> {
    await this.session.send('Target.closeTarget', { targetId: this.targetId }).catch(() => undefined);
    await this.session.detach().catch(() => undefined);
  }
}
