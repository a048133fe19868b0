// `npm start`: migrate, seed the demo when the database is empty, build when no current build exists, serve.
import { ensureAuthSecret } from "./runtime/auth-secret";
import { describeError } from "./runtime/describe-error";
import { buildIfStale, execNext } from "./runtime/next-cli";
import { prepareDatabase, seedPolicyFromEnvironment } from "./runtime/prepare-database";

const log = (line: string) => console.log(`[interchange] ${line}`);

async function main(): Promise<number> {
  const port = process.env.PORT ?? "3000";
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) throw new Error(`PORT must be a port number (got "${port}").`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXTAUTH_SECRET: ensureAuthSecret(process.env),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  };
  const started = Date.now();
  await prepareDatabase({ seed: seedPolicyFromEnvironment(process.env), log });
  await buildIfStale(env, log);
  log(`Ready to serve after ${((Date.now() - started) / 1000).toFixed(1)} s of preparation: http://localhost:${port}`);
  return execNext(["start", "--port", port, ...(process.env.HOST ? ["--hostname", process.env.HOST] : [])], env);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Interchange could not start: ${describeError(error)}`);
    process.exit(1);
  },
);
