import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv, toCsv } from "@/lib/catalog/csv";
import { checkCsvHeader, csvRowToInput, INTEGRATION_CSV_COLUMNS } from "@/lib/catalog/integrations/csv-format";
import { MISSING_FILTERS, zIntegrationInput, zIntegrationListQuery } from "@/lib/catalog/integrations/schemas";
import { COMPLETENESS_FACTS } from "@/lib/catalog/completeness";

describe("CSV", () => {
  it("round-trips commas, quotes, line breaks and a BOM", () => {
    const rows = [
      ["key", "description"],
      ["INT-0001", 'Says "hello", then\nleaves'],
    ];
    expect(parseCsv("\ufeff" + toCsv(rows))).toEqual(rows);
  });

  it("guards spreadsheet formulas on export and undoes the guard on import", () => {
    const csv = toCsv([
      ["name", "description"],
      ["Orders", "=HYPERLINK(evil)"],
    ]);
    expect(csv).toContain("'=HYPERLINK(evil)");
    const [header, row] = parseCsv(csv);
    expect(csvRowToInput(header, row).description).toBe("=HYPERLINK(evil)");
  });

  it("guards every cell a spreadsheet would read as a formula, a negative number included, and undoes it on import", () => {
    const dangerous = ["-2+3+cmd|' /C calc'!A0", "-1", "+1", "=1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", "-", "+"];
    const csv = toCsv([["name", "description"], ...dangerous.map((value) => ["Orders", value])]);
    const [header, ...rows] = parseCsv(csv);
    rows.forEach((row, i) => {
      expect(row[1], JSON.stringify(dangerous[i])).toBe(`'${dangerous[i]}`);
      expect(csvRowToInput(header, row).description).toBe(dangerous[i]);
    });
    expect(toCsv([["1200", "a-b", "Orders"]])).toBe("1200,a-b,Orders\r\n");
  });

  it("round-trips a value that itself starts with an apostrophe before a formula character", () => {
    const values = ["'=1+1", "''-2+3", "'plain", "it's"];
    const csv = toCsv([["name", "description"], ...values.map((value) => ["Orders", value])]);
    const [header, ...rows] = parseCsv(csv);
    rows.forEach((row, i) => expect(csvRowToInput(header, row).description, JSON.stringify(values[i])).toBe(values[i]));
  });

  it("names the line of an unterminated quote", () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(/Line 2/);
  });
});

describe("integration CSV format", () => {
  it("reports missing and unknown columns", () => {
    expect(checkCsvHeader([...INTEGRATION_CSV_COLUMNS])).toBeNull();
    expect(checkCsvHeader(["name", "colour"])).toEqual({
      missing: ["sourceSystem", "targetSystem", "ownerTeam", "direction", "mechanism", "pattern", "frequency"],
      unknown: ["colour"],
    });
  });

  it("turns cells into the API's types, and leaves a bad number for the schema to name", () => {
    const header = [
      "name",
      "sourceSystem",
      "targetSystem",
      "ownerTeam",
      "direction",
      "mechanism",
      "pattern",
      "frequency",
      "volumePerDay",
      "containsPersonalData",
      "fieldsExchanged",
      "data_owner",
      "escalationPath",
    ];
    const good = csvRowToInput(header, [
      "Orders",
      "shop",
      "erp",
      "ops",
      "one_way",
      "api_call",
      "point_to_point",
      "daily",
      "1200",
      "yes",
      "order_id; sku",
      "dana@acme.test",
      "dana@acme.test; #ops-oncall",
    ]);
    const parsed = zIntegrationInput.parse(good);
    expect(parsed).toMatchObject({
      volumePerDay: 1200,
      containsPersonalData: true,
      fieldsExchanged: ["order_id", "sku"],
      owners: { data_owner: "dana@acme.test" },
    });
    expect(parsed.escalationPath).toEqual([{ user: "dana@acme.test" }, { contact: "#ops-oncall" }]);
    const bad = zIntegrationInput.safeParse(
      csvRowToInput(header, ["Orders", "shop", "erp", "ops", "one_way", "api_call", "point_to_point", "daily", "lots", "", "", "", ""]),
    );
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0].path).toEqual(["volumePerDay"]);
  });
});

describe("list query", () => {
  it("reads the home page's links", () => {
    expect(zIntegrationListQuery.parse({ health: "failing,degraded" }).health).toEqual(["failing", "degraded"]);
    expect(zIntegrationListQuery.parse({ missing: "data-owner" }).missing).toEqual(["data-owner"]);
    expect(zIntegrationListQuery.parse({ monitoring: "none" }).monitoring).toEqual(["none"]);
    expect(zIntegrationListQuery.parse({ missing: "contract", q: "" })).toMatchObject({ missing: ["contract"], q: undefined, page: 1, archived: "exclude" });
    expect(zIntegrationListQuery.safeParse({ health: "sparkling" }).success).toBe(false);
  });

  it("offers a missing-filter for every completeness fact", () => {
    for (const fact of COMPLETENESS_FACTS) expect(MISSING_FILTERS).toContain(fact.key);
  });
});
