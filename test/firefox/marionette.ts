// A minimal Marionette client: Firefox's own remote protocol, spoken over TCP without
// geckodriver. Each message is `<byte length>:<JSON>`; a command is [0, id, name, params]
// and its answer [1, id, error, result].
import { connect, type Socket } from 'node:net';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; name: string };

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private greeted!: () => void;
  private readonly greeting = new Promise<void>((done) => {
    this.greeted = done;
  });
  private closed: Error | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => this.receive(chunk));
    socket.on('close', () => this.fail(new Error('Marionette connection closed')));
    socket.on('error', (error) => this.fail(error));
  }

  /** Connects to Firefox's Marionette server and waits for its greeting. */
  static async connect(port: number, host = '127.0.0.1'): Promise<Marionette> {
    const socket = connect(port, host);
    await new Promise<void>((done, fail) => {
      socket.once('connect', done);
      socket.once('error', fail);
    });
    const client = new Marionette(socket);
    await client.greeting;
    return client;
  }

  /** Sends one command and resolves with its result (rejects with Marionette's error). */
  send<T = unknown>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.closed) return Promise.reject(this.closed);
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, name });
      this.socket.write(`${body.length}:`);
      this.socket.write(body);
    });
  }

  /** Runs `script` (a function body; `arguments` holds `args`) in the current context. */
  async execute<T>(script: string, args: unknown[] = []): Promise<T> {
    return (await this.send<{ value: T }>('WebDriver:ExecuteScript', { script, args })).value;
  }

  /** Like execute, but the script's last argument is a callback to call with the result. */
  async executeAsync<T>(script: string, args: unknown[] = [], timeoutMs = 30_000): Promise<T> {
    await this.send('WebDriver:SetTimeouts', { script: timeoutMs });
    return (await this.send<{ value: T }>('WebDriver:ExecuteAsyncScript', { script, args })).value;
  }

  /** "chrome" scripts the browser itself (privileged); "content" the selected page. */
  setContext(value: 'chrome' | 'content'): Promise<unknown> {
    return this.send('Marionette:SetContext', { value });
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a); // ':'
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (this.buffer.length < colon + 1 + length) return;
      const json = this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8');
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.dispatch(JSON.parse(json) as unknown);
    }
  }

  private dispatch(message: unknown): void {
    if (!Array.isArray(message)) {
      this.greeted(); // {"applicationType":"gecko","marionetteProtocol":3}
      return;
    }
    const [, id, error, result] = message as [1, number, { error: string; message: string } | null, unknown];
    const waiting = this.pending.get(id);
    if (!waiting) return;
    this.pending.delete(id);
    if (error) waiting.reject(new Error(`${waiting.name}: ${error.error}: ${error.message}`));
    else waiting.resolve(result);
  }

  private fail(error: Error): void {
    this.closed ??= error;
    for (const waiting of this.pending.values()) waiting.reject(new Error(`${waiting.name}: ${error.message}`));
    this.pending.clear();
  }
}
