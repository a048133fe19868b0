-- AlterTable
ALTER TABLE "Integration" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- What the catalog's search matches, in one lowercased column: a LIKE over it scans one column instead of ILIKE
-- over three (and array scans), and the trigger keeps it right whoever writes the row (the app, the seed, bulk
-- imports). See docs/decisions/011-catalog-search-index.md.
CREATE FUNCTION integration_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := lower(concat_ws(' ', NEW."key", NEW."name", NEW."description",
    array_to_string(NEW."fieldsExchanged", ' '), array_to_string(NEW."dataObjects", ' ')));
  RETURN NEW;
END;
$$;

CREATE TRIGGER integration_search_text
  BEFORE INSERT OR UPDATE ON "Integration"
  FOR EACH ROW EXECUTE FUNCTION integration_search_text();

-- Existing rows: the trigger fills the column on this no-op update.
UPDATE "Integration" SET "key" = "key";
