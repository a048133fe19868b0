import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";

describe("IgnoredFiltersNotice", () => {
  it("renders nothing when every filter was understood", () => {
    expect(renderToStaticMarkup(<IgnoredFiltersNotice ignored={[]} />)).toBe("");
  });

  it("names each ignored parameter once, as a status the screen reader announces", () => {
    const html = renderToStaticMarkup(<IgnoredFiltersNotice ignored={["health", "sort", "health"]} />);
    expect(html).toContain('role="status"');
    expect(html).toContain("Some filters in this address were not understood and were ignored");
    expect(html.match(/<code/g)).toHaveLength(2);
    expect(html).toContain('<code class="font-mono">health</code>');
  });

  it("speaks of one filter in the singular", () => {
    expect(renderToStaticMarkup(<IgnoredFiltersNotice ignored={["page"]} />)).toContain("A filter in this address was not understood and was ignored");
  });
});
