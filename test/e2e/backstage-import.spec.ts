import { expect, test } from "@playwright/test";
import { signIn } from "./support";

// Unique names: the spec shares the server's database with every other spec and may run more than once on it.
const run = Date.now().toString(36);
const TEAM = `e2e-bs-team-${run}`;
const SERVICE = `e2e-bs-service-${run}`;
const API = `e2e-bs-api-${run}`;

const catalog = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: ${TEAM}
spec:
  type: team
  profile:
    displayName: E2E Backstage team ${run}
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${SERVICE}
  title: E2E Backstage service ${run}
  links:
    - url: https://github.com/example/${SERVICE}
      title: Source
spec:
  type: service
  lifecycle: production
  owner: ${TEAM}
  providesApis: [${API}]
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: ${API}
spec:
  type: openapi
  lifecycle: production
  owner: ${TEAM}
  definition: |
    openapi: 3.0.3
    info:
      title: E2E API
      version: 1.4.0
    paths: {}
`;

test("an admin checks a Backstage catalog file, imports it, and finds the records with their source", async ({ page }) => {
  await signIn(page, "admin@interchange.demo");
  await page.goto("/catalog/integrations/import");
  const section = page.getByRole("region", { name: "Import from Backstage" });
  await section.getByLabel("Backstage catalog file").setInputFiles({ name: "catalog-info.yaml", mimeType: "application/yaml", buffer: Buffer.from(catalog) });
  await expect(section.getByRole("button", { name: "Import the entities" })).toBeDisabled();

  await section.getByRole("button", { name: "Check the Backstage file (dry run)" }).click();
  const report = section.getByRole("region", { name: "Backstage import report" });
  await expect(report).toContainText("The file is valid: importing it would create 1 team, 1 system, 1 contract");
  const serviceRow = report.getByRole("row").filter({ hasText: `component:default/${SERVICE}` });
  await expect(serviceRow).toContainText("catalog-info.yaml, document 2");
  await expect(serviceRow).toContainText("System");
  await expect(serviceRow).toContainText("Will be created");

  await section.getByRole("button", { name: "Import the entities" }).click();
  await expect(report).toContainText("Imported: 1 team, 1 system, 1 contract created");

  await page.goto(`/catalog/systems/${SERVICE}`);
  await expect(page.getByRole("heading", { name: `E2E Backstage service ${run}` })).toBeVisible();
  await expect(page.getByText(`component:default/${SERVICE}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Source" })).toHaveAttribute("href", `https://github.com/example/${SERVICE}`);

  // The same file again changes nothing.
  await page.goto("/catalog/integrations/import");
  await section.getByLabel("Backstage catalog file").setInputFiles({ name: "catalog-info.yaml", mimeType: "application/yaml", buffer: Buffer.from(catalog) });
  await section.getByRole("button", { name: "Check the Backstage file (dry run)" }).click();
  await expect(report).toContainText("importing it would create nothing and update nothing");
});
