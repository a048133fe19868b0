// Rewrites README.md's "Contract change ids" table from lib/contract-diff/change-catalogue.ts:
//   npm run contract:change-ids
// test/unit/contract-diff/change-id-table.test.ts fails when the README and the catalogue disagree.
import { readFileSync, writeFileSync } from "node:fs";
import { withChangeIdTable } from "../lib/contract-diff/change-id-table";

const file = new URL("../README.md", import.meta.url);
const before = readFileSync(file, "utf8");
const after = withChangeIdTable(before);
if (after !== before) writeFileSync(file, after);
process.stdout.write(after === before ? "README.md is up to date\n" : "README.md: change id table rewritten\n");
