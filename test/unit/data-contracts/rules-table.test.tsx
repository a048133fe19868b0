import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RulesTable } from "@/components/data-contracts/rules-table";
import { zDataRulesInput } from "@/lib/data-contracts/schemas";
import { PRODUCT_EVENT_RULES } from "@/lib/seed/demo-enterprise/data-contract-rules";

describe("RulesTable", () => {
  it("shows each rule with human labels for its kind and route, never the raw values", () => {
    const html = renderToStaticMarkup(<RulesTable rules={zDataRulesInput.parse(PRODUCT_EVENT_RULES)} />);
    expect(html).toContain("Channel requirement");
    expect(html).toContain("for marketplace_us");
    expect(html).toContain("Producer escalation");
    expect(html).toContain("Duplicate window");
    expect(html).toContain("Warns only");
    expect(html).not.toMatch(/>(channel_requirement|manual_review|access_review|approval_gate)</);
    expect(html.match(/<tr/g)).toHaveLength(21);
  });
});
