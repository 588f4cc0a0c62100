import { SingleBar } from "cli-progress";

/** A progress bar on an interactive terminal (stderr), nothing otherwise. */
export function createProgress(label: string): { update(done: number, total: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total} đoạn`,
    stream: process.stderr,
    clearOnComplete: true,
  });
  let started = false;
  return {
    update(done, total) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
