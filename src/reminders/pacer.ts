/**
 * Keeps sends under Telegram's limits: at most one message per second to a chat (1.1 s apart: a strict limiter
 * rejects sends that arrive a millisecond early) and `perSecond` overall.
 * Time and sleeping are injected so tests and benchmarks run without real waits.
 *
 * @example
 * const pacer = new Pacer(); await pacer.wait("telegram:42"); // then send
 */
export class Pacer {
  private readonly lastByChat = new Map<string, number>();
  private nextGlobal = 0;

  constructor(
    private readonly options: { perChatMs: number; perSecond: number } = { perChatMs: 1100, perSecond: 25 },
    private readonly clock: () => number = () => Date.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** The least time between two messages to one chat. */
  get perChatMs(): number {
    return this.options.perChatMs;
  }

  async wait(chat: string): Promise<void> {
    const now = this.clock();
    const chatReady = (this.lastByChat.get(chat) ?? Number.NEGATIVE_INFINITY) + this.options.perChatMs;
    const at = Math.max(now, chatReady, this.nextGlobal);
    this.nextGlobal = at + 1000 / this.options.perSecond;
    this.lastByChat.set(chat, at);
    if (at > now) await this.sleep(at - now);
  }
}
