import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { ROOT } from "../helpers.ts";

const run = promisify(execFile);

/** A `troly` runner bound to one data folder, running the CLI exactly as `npm run -s troly --` does. */
export function trolyIn(dataDir: string, env: Record<string, string> = {}) {
  return async (args: string[], input?: string) => {
    const child = run(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "silent", ...env },
      maxBuffer: 10 * 1024 * 1024,
    });
    if (input !== undefined) child.child.stdin?.end(input);
    try {
      const { stdout, stderr } = await child;
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
}
