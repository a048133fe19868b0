// npm run jobs:work: runs background jobs (e-mails, webhook deliveries, reminders, escalations) in a process of
// its own, for PostgreSQL deployments that start the web server with INTERCHANGE_JOB_WORKER=off or want more
// workers (they share the queue safely: jobs are claimed with FOR UPDATE SKIP LOCKED). SIGTERM or Ctrl-C stops
// it after the job in hand.
import { openDatabase, resolveDatabaseTarget, describeDatabaseTarget, type OpenDatabase } from "@/lib/db";
import { startJobWorker } from "@/lib/jobs/job-worker";
import { describeError } from "./runtime/describe-error";

const target = resolveDatabaseTarget();
if (target.kind === "pglite") {
  console.error(
    `jobs:work needs PostgreSQL (set DATABASE_URL). With the embedded PGlite database (${describeDatabaseTarget(target)}) only one process may open the data directory, so the web server's built-in worker runs the jobs: start the server with \`npm start\` and leave INTERCHANGE_JOB_WORKER unset.`,
  );
  process.exit(2);
}

const intervalMs = Number(process.env.INTERCHANGE_JOB_POLL_MS ?? 5_000);
let db: OpenDatabase | undefined;
try {
  db = await openDatabase(target);
} catch (error) {
  console.error(describeError(error));
  process.exit(1);
}
const opened = db;
const worker = startJobWorker({ db: async () => opened.prisma, intervalMs });
console.log(`Job worker running on ${describeDatabaseTarget(target)}, looking for due jobs every ${intervalMs / 1000} s. Stop it with SIGTERM or Ctrl-C.`);

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the job in hand, then stopping.`);
    void worker
      .stop()
      .then(() => opened.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(describeError(error));
          process.exit(1);
        },
      );
  });
}
