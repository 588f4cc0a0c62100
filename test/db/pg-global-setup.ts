import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

/**
 * One real PostgreSQL server per vitest run (globalSetup): `initdb` + `pg_ctl start` on a free loopback port in a
 * temp folder, stopped and deleted at the end. Test files get their own database from it (`freshPgUrl`). As root
 * (CI containers), initdb refuses to run, so the server runs as the `postgres` OS user via `runuser`.
 * Without postgres binaries the PG half of the contract suites is skipped with a message (locally only: `.ci/run`
 * installs Debian's `postgresql`).
 */
declare module "vitest" {
  export interface ProvidedContext {
    pgUrl: string;
    pgMissing: string;
  }
}

/** initdb/pg_ctl on PATH, in /usr/local/bin, or in Debian's /usr/lib/postgresql/<version>/bin. */
export function findPgBin(): string | null {
  const candidates = [
    ...(process.env.PATH ?? "").split(path.delimiter),
    "/usr/local/bin",
    ...(existsSync("/usr/lib/postgresql")
      ? readdirSync("/usr/lib/postgresql")
          .sort()
          .reverse()
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []),
  ];
  return (
    candidates.find(
      (dir) => dir && existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl")),
    ) ?? null
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export default async function setup(project: TestProject) {
  if (process.env.TROLY_TEST_PG_URL) {
    // A server started outside (e.g. by hand while debugging): used as is, not stopped.
    project.provide("pgUrl", process.env.TROLY_TEST_PG_URL);
    project.provide("pgMissing", "");
    return;
  }
  const bin = findPgBin();
  if (!bin) {
    project.provide("pgUrl", "");
    project.provide(
      "pgMissing",
      "no PostgreSQL binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin",
    );
    return;
  }
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(tmpdir(), "troly-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const as = (cmd: string, args: string[]) =>
    root
      ? execFileSync("runuser", ["-u", "postgres", "--", cmd, ...args], { stdio: "pipe" })
      : execFileSync(cmd, args, { stdio: "pipe" });
  as(path.join(bin, "initdb"), [
    "-D",
    data,
    "-U",
    "troly",
    "--auth=trust",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
    "-N",
  ]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  as(path.join(bin, "pg_ctl"), ["-D", data, "-l", path.join(dir, "log"), "-o", options, "-w", "start"]);
  project.provide("pgUrl", `postgres://troly@127.0.0.1:${port}/postgres`);
  project.provide("pgMissing", "");
  return () => {
    const stop = root
      ? spawnSync("runuser", [
          "-u",
          "postgres",
          "--",
          path.join(bin, "pg_ctl"),
          "-D",
          data,
          "-m",
          "immediate",
          "stop",
        ])
      : spawnSync(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"]);
    if (stop.status !== 0) console.error(`pg_ctl stop failed: ${stop.stderr}`);
    rmSync(dir, { recursive: true, force: true });
  };
}
