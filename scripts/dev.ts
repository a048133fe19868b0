// `npm run dev`: migrate and seed like `npm start`, then the Next.js development server with hot reload.
import { ensureAuthSecret } from "./runtime/auth-secret";
import { describeError } from "./runtime/describe-error";
import { runNext } from "./runtime/next-cli";
import { prepareDatabase, seedPolicyFromEnvironment } from "./runtime/prepare-database";

const log = (line: string) => console.log(`[interchange] ${line}`);

async function main(): Promise<number> {
  const port = process.env.PORT ?? "3000";
  await prepareDatabase({ seed: seedPolicyFromEnvironment(process.env), log });
  return runNext(["dev", "--port", port], {
    ...process.env,
    NEXTAUTH_SECRET: ensureAuthSecret(process.env),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  });
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Interchange could not start: ${describeError(error)}`);
    process.exit(1);
  },
);
