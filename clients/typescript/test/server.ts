// Starts a grantdesk server for a test: the binary GRANTDESK_BIN (default ../../target/debug/grantdesk
// from the package), `serve` in demo mode on a free port, on SQLite in a fresh temp dir or, when
// TEST_DATABASE_URL is set, on a fresh PostgreSQL database made with psql.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, openSync, readFileSync, rmSync, closeSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The package directory (clients/typescript): the tests run compiled, from dist/test/. */
export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface TestServer {
  baseUrl: string;
  backend: "sqlite" | "postgres";
  databaseUrl: string;
  /** The server's stdout and stderr so far. */
  log(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address === null || typeof address === "string") return reject(new Error("no port"));
      server.close(() => resolvePort(address.port));
    });
  });
}

function psql(url: string, sql: string): void {
  const result = spawnSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], { encoding: "utf8" });
  if (result.error) throw new Error(`psql could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`psql ${sql}: exit ${result.status}: ${result.stderr}`);
}

/** The same URL with the database (the last path segment) replaced. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startServer(): Promise<TestServer> {
  const bin = resolve(packageDir, process.env.GRANTDESK_BIN ?? "../../target/debug/grantdesk");
  const dir = mkdtempSync(join(tmpdir(), "grantdesk-sdk-ts-"));
  const adminUrl = process.env.TEST_DATABASE_URL;
  let databaseUrl: string;
  let dropDatabase: (() => void) | undefined;
  if (adminUrl && /^postgres(ql)?:/.test(adminUrl)) {
    const name = `grantdesk_sdk_ts_${randomBytes(6).toString("hex")}`;
    psql(adminUrl, `CREATE DATABASE ${name}`);
    databaseUrl = withDatabase(adminUrl, name);
    dropDatabase = () => psql(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    databaseUrl = `sqlite://${join(dir, "g.sqlite3")}`;
  }
  const port = await freePort();
  const logPath = join(dir, "server.log");
  const logFd = openSync(logPath, "a");
  const child: ChildProcess = spawn(bin, ["serve"], {
    cwd: dir,
    env: {
      ...process.env,
      GRANTDESK_DEMO: "true",
      GRANTDESK_BIND: `127.0.0.1:${port}`,
      GRANTDESK_RATE_LIMITS: "off",
      RUST_LOG: "warn",
      DATABASE_URL: databaseUrl,
    },
    stdio: ["ignore", logFd, logFd],
  });
  closeSync(logFd);
  // never leave a server behind, even when the test process ends without stopping it
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  let exited: string | undefined;
  let spawnError: Error | undefined;
  child.on("error", (error) => (spawnError = error));
  child.on("exit", (code, signal) => (exited = `exited with ${signal ?? code}`));
  const log = () => {
    try {
      return readFileSync(logPath, "utf8");
    } catch {
      return "";
    }
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener("exit", killOnExit);
    if (exited === undefined && child.exitCode === null) {
      const gone = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        gone.then(() => false),
        new Promise<boolean>((r) => (timer = setTimeout(() => r(true), 10_000))),
      ]);
      clearTimeout(timer);
      if (timedOut) {
        child.kill("SIGKILL");
        await gone;
      }
    }
    try {
      dropDatabase?.();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (spawnError || exited !== undefined) {
      const text = log();
      await stop();
      throw new Error(`grantdesk (${bin}) ${spawnError?.message ?? exited} before it was ready:\n${text}`);
    }
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      const text = log();
      await stop();
      throw new Error(`grantdesk was not ready at ${baseUrl}/health/ready within 60 s:\n${text}`);
    }
    await sleep(200);
  }
  return { baseUrl, backend: dropDatabase ? "postgres" : "sqlite", databaseUrl, log, stop };
}
