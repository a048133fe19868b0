import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { zDataRulesInput } from "@/lib/data-contracts/schemas";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {} }) }));
// The server actions run on the server; rendering the editor needs only their references.
vi.mock("@/lib/data-contracts/actions", () => ({ saveRulesAction: vi.fn(), testRulesAction: vi.fn() }));

const { RulesEditor } = await import("@/components/data-contracts/rules-editor");

const render = (expression: string) =>
  renderToStaticMarkup(
    <RulesEditor
      contractId="c1"
      version="1.0.0"
      etag="e1"
      handlers={[{ value: "product-data", label: "Product data (team)" }]}
      rules={zDataRulesInput.parse({
        schemaPointer: null,
        rules: [{ id: "gtin-required", kind: "field", expression, message: "A GTIN is needed.", route: "escalate", handler: "product-data" }],
      })}
    />,
  );

describe("RulesEditor", () => {
  it("compiles each expression as it is written and shows where it breaks: line, column and a caret", () => {
    const html = render("has(payload.gtin) &&\n  payload.gtin ==");
    expect(html).toMatch(/Line 2, column \d+: /);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(/<pre[^>]*>\s*payload\.gtin ==\n\s*\^<\/pre>/);
  });

  it("says a valid expression compiles, and a condition that is not true or false does not", () => {
    expect(render("has(payload.gtin)")).toContain("The expression compiles.");
    expect(render("1 + 2")).toMatch(/must be true or false/);
  });

  it("offers routes, kinds and severities by their human labels and the handlers as a list to pick from", () => {
    const html = render("has(payload.gtin)");
    expect(html).toContain('<option value="escalate" selected="">Producer escalation</option>');
    expect(html).toContain(">Duplicate review<");
    expect(html).toContain(">Channel requirement<");
    expect(html).toContain(">Warns only<");
    expect(html).toContain('list="rule-handler-options"');
    expect(html).toContain('<option value="product-data">Product data (team)</option>');
    expect(html).not.toMatch(/>(channel_requirement|manual_review|access_review|escalate)</);
  });
});
