import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { Conflict, InvalidField, invalidInputOf } from "@/lib/errors/domain-errors";
import { TargetRefused, directoryReader } from "@/lib/backstage/entity-files";
import { importBackstage } from "@/lib/backstage/import-backstage";
import { zBackstageLocationImportInput, type BackstageImportReport } from "@/lib/backstage/schemas";

/**
 * Imports a catalog file from the server's disk, under the directory the operator allows with
 * BACKSTAGE_LOCATIONS_ROOT: the file's Location entities and `$text` placeholders are read relative to it, never
 * outside that directory and never from the network (decision 060). Without the variable, nothing is read.
 */
export async function importBackstageLocation(
  db: PrismaClient,
  { actor, input, root = process.env.BACKSTAGE_LOCATIONS_ROOT }: { actor: Actor; input: unknown; root?: string },
): Promise<BackstageImportReport> {
  authorize(actor, "user.manage");
  const parsed = zBackstageLocationImportInput.safeParse(input);
  if (!parsed.success) throw invalidInputOf(parsed.error);
  if (!root?.trim()) throw new Conflict("Importing from the server's disk is off: the operator sets BACKSTAGE_LOCATIONS_ROOT to the directory it may read.");
  const reader = directoryReader(root.trim());
  let file: string;
  let text: string;
  try {
    file = reader.resolve("catalog-info.yaml", parsed.data.path);
    text = await reader.read(file);
  } catch (error) {
    const detail = error instanceof TargetRefused ? error.message : `No readable file ${parsed.data.path} under the locations directory.`;
    throw new InvalidField("/path", detail);
  }
  return importBackstage(db, { actor, text, file, reader, dryRun: parsed.data.dryRun });
}
