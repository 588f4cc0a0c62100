import type { Logger } from "./logger.ts";

/** A started chat channel (long polling loop or webhook registration) that can be stopped. */
export interface StoppableChannel {
  stop(): Promise<void>;
}

/** How a supervised channel is doing, as `/healthz` reports it. */
export interface ChannelHealth {
  status: "starting" | "up" | "retrying" | "stopped";
  /** Start attempts made so far. */
  attempts: number;
  /** Why the last attempt failed (for `retrying`). */
  lastError?: string;
  /** When the status last changed (ISO). */
  since: string;
}

export interface SupervisorOptions {
  logger: Logger;
  /** One start attempt is abandoned after this long (a provider that accepts connections but never answers). */
  attemptMs?: number;
  /** Waits between attempts: doubling from `firstDelayMs` up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  clock?: () => Date;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Starts a chat channel in the background and keeps trying until it is up, so a provider that is down at start-up
 * (Telegram's API unreachable) never holds up the rest of the service. Each attempt gets an AbortSignal and a time
 * limit; a failure is logged as a warning with the next retry; an attempt that succeeds after it was abandoned is
 * stopped again, so a channel never runs twice. `ready` resolves when the channel is up (never rejects).
 *
 * @example
 * const telegram = new ChannelSupervisor("telegram", (signal) => startTelegram(signal), { logger });
 * telegram.start(); await Promise.race([telegram.ready, sleep(5000)]); telegram.health().status // "up"
 */
export class ChannelSupervisor<T extends StoppableChannel> {
  private state: ChannelHealth;
  private running: T | null = null;
  private stopped = false;
  private current: AbortController | null = null;
  private wake: (() => void) | null = null;
  private resolveReady: (channel: T) => void = () => undefined;
  readonly ready: Promise<T>;

  constructor(
    readonly name: string,
    private readonly startChannel: (signal: AbortSignal) => Promise<T>,
    private readonly options: SupervisorOptions,
  ) {
    this.state = { status: "starting", attempts: 0, since: this.now() };
    this.ready = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
  }

  private now(): string {
    return (this.options.clock?.() ?? new Date()).toISOString();
  }

  private set(status: ChannelHealth["status"], lastError?: string): void {
    this.state = { status, attempts: this.state.attempts, lastError, since: this.now() };
  }

  health(): ChannelHealth {
    return { ...this.state };
  }

  /** The channel once it is up, else null. */
  channel(): T | null {
    return this.running;
  }

  /** Begins the attempts; returns at once. */
  start(): void {
    void this.loop();
  }

  private async loop(): Promise<void> {
    let delay = this.options.firstDelayMs ?? 2000;
    while (!this.stopped) {
      this.state.attempts++;
      try {
        const channel = await this.attempt();
        if (this.stopped) {
          await channel.stop();
          return;
        }
        this.running = channel;
        this.set("up");
        if (this.state.attempts > 1)
          this.options.logger.info(
            { channel: this.name, attempts: this.state.attempts },
            "channel started after retries",
          );
        this.resolveReady(channel);
        return;
      } catch (error) {
        if (this.stopped) return;
        this.set("retrying", errorText(error));
        this.options.logger.warn(
          { channel: this.name, attempts: this.state.attempts, retryInMs: delay, err: errorText(error) },
          "channel not started: provider unreachable; the rest of the service runs, retrying in the background",
        );
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          timer.unref();
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = null;
        delay = Math.min(delay * 2, this.options.maxDelayMs ?? 60_000);
      }
    }
  }

  /** One attempt, abandoned (and aborted) after `attemptMs`; a late success is stopped. */
  private attempt(): Promise<T> {
    const abort = new AbortController();
    this.current = abort;
    const limit = this.options.attemptMs ?? 15_000;
    const started = this.startChannel(abort.signal);
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        abort.abort();
        reject(new Error(`no answer within ${limit} ms`));
        started.then(
          (late) => void late.stop().catch(() => undefined),
          () => undefined,
        );
      }, limit);
      timer.unref();
      started.then(
        (channel) => {
          if (settled) return;
          clearTimeout(timer);
          resolve(channel);
        },
        (error: unknown) => {
          if (settled) return;
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  /** Stops retrying, or stops the channel if it is up. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.current?.abort();
    this.wake?.();
    const running = this.running;
    this.running = null;
    this.set("stopped");
    if (running) await running.stop();
  }
}
