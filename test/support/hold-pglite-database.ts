// Child process for the directory-lock tests: opens the PGlite database in argv[2], says "ready", and holds it
// until its stdin closes.
import { openDatabase } from "@/lib/db/open-database";

const db = await openDatabase({ kind: "pglite", dataDir: process.argv[2] });
process.stdout.write("ready\n");
process.stdin.resume();
process.stdin.on("end", () => {
  void db.close().then(() => process.exit(0));
});
