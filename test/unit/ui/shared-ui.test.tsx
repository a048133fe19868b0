import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, HeaderCell } from "@/components/ui/data-table";
import { RouteError } from "@/components/ui/route-error";
import { TabLinks } from "@/components/ui/tab-links";

describe("DataTable", () => {
  it("renders one column heading per column, right-aligned or visually hidden when asked, and the rows in the body", () => {
    const html = renderToStaticMarkup(
      <DataTable columns={["Name", { label: "Count", align: "right" }, { label: "Actions", visuallyHidden: true }]} data-testid="things" className="mt-3">
        <tr>
          <td>Row one</td>
        </tr>
      </DataTable>,
    );
    expect(html).toContain('<div class="mt-3 overflow-x-auto rounded-xl');
    expect(html).toContain('data-testid="things"');
    expect(html.match(/<th scope="col"/g)).toHaveLength(3);
    expect(html).toContain('<th scope="col" class="px-4 py-2">Name</th>');
    expect(html).toContain('<th scope="col" class="px-4 py-2 text-right">Count</th>');
    expect(html).toContain('<span class="sr-only">Actions</span>');
    expect(html).toMatch(/<tbody class="divide-y divide-slate-100"><tr><td>Row one<\/td><\/tr><\/tbody>/);
  });

  it("takes a custom header row and a caption for screen readers", () => {
    const html = renderToStaticMarkup(
      <DataTable
        caption="Scores per team"
        bodyClassName="align-top"
        header={
          <>
            <HeaderCell colSpan={2}>Wide</HeaderCell>
          </>
        }
      >
        <tr>
          <td>x</td>
        </tr>
      </DataTable>,
    );
    expect(html).toContain('<caption class="sr-only">Scores per team</caption>');
    expect(html).toContain('<th scope="col" class="px-4 py-2" colSpan="2">Wide</th>');
    expect(html).toContain('<tbody class="divide-y divide-slate-100 align-top">');
  });
});

describe("TabLinks", () => {
  it("marks only the active tab as the current page and names the navigation", () => {
    const html = renderToStaticMarkup(
      <TabLinks
        label="Review lists"
        tabs={[
          { href: "/reviews?tab=mine", label: "Mine", active: false },
          { href: "/reviews?tab=all", label: "All", active: true },
        ]}
      />,
    );
    expect(html).toContain('aria-label="Review lists"');
    expect(html.match(/aria-current="page"/g)).toHaveLength(1);
    expect(html).toMatch(/<a aria-current="page" [^>]*href="\/reviews\?tab=all">All</);
    expect(html).toMatch(/<a class="[^"]*" href="\/reviews\?tab=mine">Mine</);
  });
});

describe("RouteError", () => {
  it("is an alert naming what failed, with the section's hint after the standard one and a retry button", () => {
    const html = renderToStaticMarkup(<RouteError subject="The dashboard" hint="The catalog itself is still available." reset={() => {}} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain("The dashboard could not be loaded.");
    expect(html).toContain("the server log says why. The catalog itself is still available.");
    expect(html).toContain(">Try again</button>");
    expect(renderToStaticMarkup(<RouteError subject="The reviews" reset={() => {}} />)).toContain("the server log says why.</p>");
  });
});
