import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * The PostgreSQL extensions the migrations create (`CREATE EXTENSION`): PGlite ships contrib extensions as separate
 * bundles that must be handed to every PGlite it opens, or the migration and the indexes that use them fail.
 * pg_trgm: the catalog search's trigram index (decision 064).
 */
export const PGLITE_EXTENSIONS = { pg_trgm };
