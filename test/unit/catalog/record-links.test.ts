import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "@/lib/catalog/csv";
import { formatLinksCell, parseLinksCell } from "@/lib/catalog/links/links-text";
import { readLinkFields } from "@/lib/catalog/links/form-input";
import { recordLinkFields, zRecordLinks } from "@/lib/catalog/links/schemas";
import { zSystemUpdateInput } from "@/lib/catalog/systems/schemas";

describe("record links and external references", () => {
  it("take web addresses only: a javascript: or data: link would run in the portal when followed", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<script>", "ftp://files.example.com/x", "not a url"]) {
      const parsed = zRecordLinks.safeParse([{ kind: "docs", url }]);
      expect(parsed.success, url).toBe(false);
      expect(parsed.error?.issues[0].path).toEqual([0, "url"]);
    }
    expect(zRecordLinks.parse([{ kind: "runbook", url: " https://wiki.example.com/run book " }])).toEqual([
      { kind: "runbook", url: "https://wiki.example.com/run%20book" },
    ]);
  });

  it("name a Backstage entity the way Backstage writes it, and read empty ids as none", () => {
    const { backstageRef, serviceNowId } = recordLinkFields;
    expect(backstageRef.parse("component:default/order-service")).toBe("component:default/order-service");
    expect(backstageRef.parse("api:orders-api")).toBe("api:orders-api");
    expect(backstageRef.safeParse("order service").success).toBe(false);
    expect(serviceNowId.parse("  ")).toBeNull();
    expect(zSystemUpdateInput.safeParse({ links: [{ kind: "wiki", url: "https://x.example" }] }).error?.issues[0].path).toEqual(["links", 0, "kind"]);
  });

  it("survive a CSV cell, titles with spaces included", () => {
    const links = [
      { kind: "runbook" as const, url: "https://wiki.example.com/runbooks/orders", title: "Orders runbook" },
      { kind: "dashboard" as const, url: "https://grafana.example.com/d/abc?from=now-1h&to=now", title: null },
    ];
    const [[cell]] = parseCsv(toCsv([[formatLinksCell(links)]]));
    expect(zRecordLinks.parse(parseLinksCell(cell))).toEqual(links);
    expect(parseLinksCell("")).toEqual([]);
  });

  it("are read from a form in row order, blank rows kept so that errors point at the right row", () => {
    const data = new FormData();
    data.set("links.0.kind", "docs");
    data.set("links.0.url", "https://docs.example.com");
    data.set("links.0.title", "");
    data.set("links.2.kind", "runbook");
    data.set("links.2.url", "");
    data.set("backstageRef", "system:default/commerce");
    expect(readLinkFields(data)).toEqual({
      links: [
        { kind: "docs", url: "https://docs.example.com", title: null },
        { kind: "runbook", url: "", title: null },
      ],
      backstageRef: "system:default/commerce",
      serviceNowId: null,
      leanIxId: null,
    });
  });
});
