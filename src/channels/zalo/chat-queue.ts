/**
 * Runs work for many chats at once and each chat's work in arrival order: a slow answer in one chat never holds up
 * another chat, and a chat's second message is handled after its first. At most `maxActiveChats` chats run at a
 * time; the others wait their turn in arrival order. A job that throws goes to `onError` and the chat goes on.
 *
 * @example
 * const queue = new ChatQueue({ onError: (err) => logger.error({ err }, "zalo update failed") });
 * queue.push("chat-1", () => answer(update));
 * await queue.idle(); // on shutdown
 */
export class ChatQueue {
  private readonly pending = new Map<string, (() => Promise<void>)[]>();
  /** Chats with work waiting for a free slot, in the order they first asked. */
  private readonly waiting: string[] = [];
  private readonly running = new Set<string>();
  private readonly idleWaiters: (() => void)[] = [];
  private readonly maxActiveChats: number;
  private readonly onError: (error: unknown, key: string) => void;

  constructor(options: { maxActiveChats?: number; onError: (error: unknown, key: string) => void }) {
    this.maxActiveChats = options.maxActiveChats ?? 64;
    this.onError = options.onError;
  }

  /** Chats with a job running now. */
  get activeChats(): number {
    return this.running.size;
  }

  push(key: string, job: () => Promise<void>): void {
    const jobs = this.pending.get(key);
    if (jobs) {
      jobs.push(job);
      return;
    }
    this.pending.set(key, [job]);
    if (!this.running.has(key)) this.waiting.push(key);
    this.pump();
  }

  /** Resolves once every job pushed so far (and any pushed meanwhile) has finished. */
  idle(): Promise<void> {
    if (this.running.size === 0 && this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.running.size < this.maxActiveChats && this.waiting.length > 0) {
      const key = this.waiting.shift() as string;
      this.running.add(key);
      void this.drain(key);
    }
    if (this.running.size === 0 && this.pending.size === 0)
      for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** Runs the chat's jobs one after another until none is left, then frees its slot. */
  private async drain(key: string): Promise<void> {
    for (let job = this.next(key); job; job = this.next(key)) {
      try {
        await job();
      } catch (error) {
        this.onError(error, key);
      }
    }
    this.running.delete(key);
    this.pump();
  }

  private next(key: string): (() => Promise<void>) | undefined {
    const jobs = this.pending.get(key);
    const job = jobs?.shift();
    if (jobs && jobs.length === 0) this.pending.delete(key);
    return job;
  }
}
