import { mkdtemp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directoryReader } from "@/lib/backstage/entity-files";
import { readEntities } from "@/lib/backstage/read-entities";

const FIXTURES = path.resolve("test/fixtures/backstage");
const uploaded = readFileSync(path.join(FIXTURES, "catalog-info.yaml"), "utf8");

// The first check compiles Backstage's JSON schemas (ajv): about a second alone, several under a loaded machine.
describe("readEntities", { timeout: 30_000 }, () => {
  it("reads every document of a multi-document file, validated by Backstage's own rules", async () => {
    const { entities, problems } = await readEntities(uploaded, "catalog-info.yaml", null);
    expect(entities.map((e) => e.ref)).toEqual([
      "domain:default/artists",
      "system:default/artist-engagement-portal",
      "group:default/team-a",
      "group:default/backstage",
      "user:default/breanna.davison",
      "user:default/janelle.dawe",
      "component:default/artist-lookup",
      "component:default/artist-web",
      "resource:default/artists-db",
      "api:default/artist-api",
      "api:default/artist-events",
    ]);
    expect(entities[6].source).toEqual({ file: "catalog-info.yaml", document: 7 });
    // The Template is accounted for, as skipped: real catalogs hold kinds the portal has no record for.
    expect(problems).toEqual([
      expect.objectContaining({ ref: "template:default/react-ssr-template", skipped: true, source: { file: "catalog-info.yaml", document: 12 } }),
    ]);
  });

  it("names each broken document: YAML syntax, a missing field, a malformed name", async () => {
    const text = [
      "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: no-lifecycle\nspec:\n  type: service\n  owner: team-a",
      "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: bad name\nspec:\n  type: team\n  children: []",
      "kind: [unclosed",
      "",
    ].join("\n---\n");
    const { entities, problems } = await readEntities(text, "broken.yaml", null);
    expect(entities).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        ref: "component:default/no-lifecycle",
        source: { file: "broken.yaml", document: 1 },
        detail: expect.stringContaining("lifecycle"),
      }),
      expect.objectContaining({ source: { file: "broken.yaml", document: 2 }, detail: expect.stringContaining('"metadata.name" is not valid') }),
      expect.objectContaining({ source: { file: "broken.yaml", document: 3 }, detail: expect.stringContaining("Not valid YAML") }),
    ]);
  });

  it("follows Location targets and resolves $text placeholders relative to the file that names them", async () => {
    const reader = directoryReader(path.join(FIXTURES, "location"));
    const { entities, problems } = await readEntities(await reader.read("catalog-info.yaml"), "catalog-info.yaml", reader);
    expect(problems).toEqual([]);
    expect(entities.map((e) => [e.ref, e.source.file])).toEqual([
      ["group:default/team-c", "org.yaml"],
      ["user:default/tara.macgovern", "org.yaml"],
      ["component:default/podcast-api", "components/podcast-api.yaml"],
      ["api:default/podcast-api", "apis/podcast.yaml"],
    ]);
    expect((entities[3].entity.spec as { definition: string }).definition).toContain("listEpisodes");
  });

  it("refuses Locations and placeholders in an uploaded file: there is no directory to read them from", async () => {
    const text =
      readFileSync(path.join(FIXTURES, "location/apis/podcast.yaml"), "utf8") +
      "\n---\n" +
      readFileSync(path.join(FIXTURES, "location/catalog-info.yaml"), "utf8");
    const { entities, problems } = await readEntities(text, "upload.yaml", null);
    expect(entities).toEqual([]);
    expect(problems.map((p) => [p.ref, p.detail])).toEqual([
      ["api:default/podcast-api", expect.stringContaining("$text: ./podcast.openapi.yaml is resolved only when importing a registered location")],
      ["location:default/example-location", expect.stringContaining("only when importing a registered location")],
      ["location:default/apis", expect.stringContaining("only when importing a registered location")],
    ]);
  });

  describe("a location never reads outside its directory nor the network", () => {
    let root: string;
    beforeAll(async () => {
      root = await mkdtemp(path.join(tmpdir(), "backstage-"));
      await mkdir(path.join(root, "inside"));
      await writeFile(
        path.join(root, "secret.yaml"),
        "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: secret\nspec:\n  type: team\n  children: []\n",
      );
      await symlink(path.join(root, "secret.yaml"), path.join(root, "inside", "link.yaml"));
    });
    afterAll(() => rm(root, { recursive: true, force: true }));

    it.each([
      ["../secret.yaml", "outside the location's directory"],
      ["https://internal.example/catalog.yaml", "never network addresses"],
      [`file://${"/etc/passwd"}`, "outside the location's directory"],
      ["./link.yaml", "links outside the location's directory"],
      ["./missing.yaml", "no such file"],
    ])("target %s is refused", async (target, reason) => {
      const reader = directoryReader(path.join(root, "inside"));
      const text = `apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: l\nspec:\n  targets: ["${target}"]\n`;
      const { entities, problems } = await readEntities(text, "catalog-info.yaml", reader);
      expect(entities).toEqual([]);
      expect(problems).toEqual([expect.objectContaining({ detail: expect.stringContaining(reason) })]);
    });
  });
});
