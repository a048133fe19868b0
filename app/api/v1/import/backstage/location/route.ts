import { defineOperation } from "@/lib/http/define-operation";
import { importBackstageLocation } from "@/lib/backstage/import-backstage-location";
import { zBackstageLocationImportInput, zBackstageImportReport } from "@/lib/backstage/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/import/backstage/location",
  operationId: "importBackstageLocation",
  summary: "Import Backstage entities from a directory on the server",
  description:
    "Admins only. Reads `path` (relative to the directory the operator allows with BACKSTAGE_LOCATIONS_ROOT; 409 when it is not set) and follows its Location entities and `$text`/`$openapi`/`$json`/`$yaml` placeholders relative to each file, never outside that directory and never over the network. Otherwise as POST /api/v1/import/backstage: `dryRun` reports every entity, the import is all or nothing and writes nothing when nothing changed.",
  tag: "Export and import",
  access: "user.manage",
  body: zBackstageLocationImportInput,
  byteLimit: 4096,
  response: {
    status: 200,
    description: "Each entity's outcome (with the file it was read from), and what was (or would be) created and updated.",
    schema: zBackstageImportReport,
  },
  handler: ({ db, actor, input }) => importBackstageLocation(db, { actor, input }),
});
