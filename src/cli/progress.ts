import { SingleBar } from "cli-progress";

/** A progress bar on an interactive terminal (stderr), nothing otherwise; `unit` names what is counted. */
export function createProgress(
  label: string,
  unit = "đoạn",
): { update(done: number, total: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new SingleBar({
    format: `${label} [{bar}] {value}/{total} ${unit}`,
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
