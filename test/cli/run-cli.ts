import { format } from "node:util";
import { vi } from "vitest";
import { cliWith } from "../../src/cli/cli-context.ts";
import { runCli } from "../../src/cli/main.ts";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A `troly` runner bound to one data folder that runs the CLI in this process (the commander program through
 * `runCli`, as `main.ts` does), with its own environment and stdin: no child process, no second index load per
 * call. Same result shape as `trolyIn`.
 *
 * @example
 * const troly = cliIn(tempDir()); const { code, stdout } = await troly(["tasks", "--json"]);
 */
export function cliIn(dataDir: string, env: Record<string, string> = {}) {
  return async (args: string[], input?: string): Promise<CliResult> => {
    const out: string[] = [];
    const err: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((...parts) => void out.push(format(...parts)));
    const error = vi
      .spyOn(console, "error")
      .mockImplementation((...parts) => void err.push(format(...parts)));
    try {
      const code = await runCli(
        args,
        cliWith({ DATA_DIR: dataDir, LOG_LEVEL: "silent", ...env }, () => input ?? ""),
      );
      const text = (lines: string[]) => lines.map((l) => `${l}\n`).join("");
      return { code, stdout: text(out), stderr: text(err) };
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  };
}
