-- The catalog search reads one column through a trigram index (docs/decisions/064-catalog-search-trigram-index.md).
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner that runs the migrations may create it.
-- PGlite loads it from its contrib bundle, which every opener passes (lib/db/pglite-extensions.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The search text now also holds the business glossary (field and meaning) of the integration's live contracts,
-- which the search used to match through an EXISTS over three tables: an OR with a subquery cannot use an index, so
-- every search read the whole catalog. The glossary lookups below go through the foreign-key indexes.
CREATE OR REPLACE FUNCTION integration_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := lower(concat_ws(' ', NEW."key", NEW."name", NEW."description",
    array_to_string(NEW."fieldsExchanged", ' '), array_to_string(NEW."dataObjects", ' '),
    (SELECT string_agg(DISTINCT concat_ws(' ', g."field", g."meaning"), ' ')
       FROM "Contract" k
       JOIN "ContractVersion" v ON v."contractId" = k."id"
       JOIN "GlossaryEntry" g ON g."contractVersionId" = v."id"
      WHERE k."integrationId" = NEW."id" AND k."archivedAt" IS NULL)));
  RETURN NEW;
END;
$$;

-- Recomputes the search text of one integration: assigning the key to itself fires integration_search_text
-- without changing anything else (updatedAt is the application's, so optimistic concurrency is unaffected).
CREATE FUNCTION refresh_integration_search_text(integration_id TEXT) RETURNS void LANGUAGE sql AS $$
  UPDATE "Integration" SET "key" = "key" WHERE "id" = integration_id;
$$;

-- A glossary entry written or removed: refresh the integration of its contract. When the version or contract
-- itself is being deleted, the join finds nothing and their own triggers below do it.
CREATE FUNCTION glossary_entry_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  version_id TEXT;
BEGIN
  FOREACH version_id IN ARRAY CASE TG_OP
    WHEN 'INSERT' THEN ARRAY[NEW."contractVersionId"]
    WHEN 'DELETE' THEN ARRAY[OLD."contractVersionId"]
    ELSE ARRAY[OLD."contractVersionId", NEW."contractVersionId"] END
  LOOP
    PERFORM refresh_integration_search_text(k."integrationId")
       FROM "ContractVersion" v JOIN "Contract" k ON k."id" = v."contractId"
      WHERE v."id" = version_id AND k."integrationId" IS NOT NULL;
  END LOOP;
  RETURN NULL;
END;
$$;

CREATE TRIGGER glossary_entry_search_text
  AFTER INSERT OR UPDATE OR DELETE ON "GlossaryEntry"
  FOR EACH ROW EXECUTE FUNCTION glossary_entry_search_text();

CREATE FUNCTION contract_version_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_integration_search_text(k."integrationId")
     FROM "Contract" k WHERE k."id" = OLD."contractId" AND k."integrationId" IS NOT NULL;
  RETURN NULL;
END;
$$;

CREATE TRIGGER contract_version_search_text
  AFTER DELETE ON "ContractVersion"
  FOR EACH ROW EXECUTE FUNCTION contract_version_search_text();

-- A contract archived, restored, moved to another integration or deleted: its glossary leaves or joins the text.
CREATE FUNCTION contract_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."integrationId" IS NOT NULL THEN
    PERFORM refresh_integration_search_text(OLD."integrationId");
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."integrationId" IS NOT NULL AND NEW."integrationId" IS DISTINCT FROM OLD."integrationId" THEN
    PERFORM refresh_integration_search_text(NEW."integrationId");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER contract_search_text
  AFTER UPDATE OF "integrationId", "archivedAt" OR DELETE ON "Contract"
  FOR EACH ROW EXECUTE FUNCTION contract_search_text();

-- Existing rows: only integrations with a glossary change.
UPDATE "Integration" SET "key" = "key"
 WHERE "id" IN (SELECT k."integrationId" FROM "Contract" k JOIN "ContractVersion" v ON v."contractId" = k."id"
                  JOIN "GlossaryEntry" g ON g."contractVersionId" = v."id");

-- CreateIndex
CREATE INDEX "Integration_searchText_idx" ON "Integration" USING GIN ("searchText" gin_trgm_ops);
