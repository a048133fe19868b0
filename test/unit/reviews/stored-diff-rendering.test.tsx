import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ContractChange } from "@/lib/contract-diff";
import { AffectedConsumers } from "@/components/reviews/affected-consumers";
import { SideBySideDiff } from "@/components/reviews/side-by-side-diff";

// A ChangeRequest.diff stored before issue #13: the old ids, three severities, no warning count, no atRisk.
const STORED_BEFORE: ContractChange[] = [
  {
    severity: "breaking",
    kind: "response-property-removed",
    message: 'GET /orders: the response property "net_revenue" was removed.',
    location: {
      pointer: "/paths/~1orders/get/responses/200/content/application~1json/schema/properties/net_revenue",
      path: "/orders",
      operation: "GET",
      field: "net_revenue",
      side: "response",
    },
  },
  {
    severity: "non-breaking",
    kind: "request-optional-parameter-added",
    message: 'GET /orders: a new optional query parameter "cursor" was added.',
    location: { pointer: "/paths/~1orders/get/parameters/query/cursor", path: "/orders", operation: "GET", parameter: "query:cursor", side: "request" },
  },
  {
    severity: "informational",
    kind: "operation-id-changed",
    message: "GET /orders: the operationId changed.",
    location: { pointer: "/paths/~1orders/get", path: "/orders", operation: "GET" },
  },
];

describe("diffs stored before the warning level", () => {
  it("keep rendering: human severity labels, their old ids, grouped by operation", () => {
    const html = renderToStaticMarkup(<SideBySideDiff changes={STORED_BEFORE} fragments={{}} baseVersion="1.0.0" proposedVersion="2.0.0" />);
    expect(html).toContain("GET /orders");
    for (const label of ["Breaking", "Compatible", "Documentation"]) expect(html).toContain(label);
    for (const { kind } of STORED_BEFORE) expect(html).toContain(kind);
  });

  it("show a warning as 'May break some clients', and a consumer at risk apart from a broken one", () => {
    const warning: ContractChange = {
      severity: "warning",
      kind: "response-property-enum-value-added",
      message: 'GET /orders: the enum value "held" was added.',
      location: { pointer: "/x", path: "/orders", operation: "GET", field: "status", side: "response" },
    };
    expect(renderToStaticMarkup(<SideBySideDiff changes={[warning]} fragments={{}} baseVersion="1.0.0" proposedVersion="2.0.0" />)).toContain(
      "May break some clients",
    );
    const impact = { consumers: 2, broken: 0, touched: 1, brokenCapabilities: [], sentence: "Breaks none of 2 consumers; the changes touch 1 of them." };
    const consumers = [
      { id: "a", name: "Ops Monitor", kind: "dashboard", owner: null, capabilities: [], touched: true, broken: false, atRisk: true, changes: 1 },
      // As stored before: no atRisk field.
      { id: "b", name: "Revenue Report", kind: "report", owner: null, capabilities: [], touched: false, broken: false, changes: 0 },
    ];
    const html = renderToStaticMarkup(<AffectedConsumers impact={impact} consumers={consumers} linkConsumers={false} />);
    expect(html).toContain("may break: a change may break some clients");
    expect(html).toContain("unaffected");
  });
});
