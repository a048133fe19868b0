import { z } from "zod";
import { buildSunsetCalendar } from "@/lib/deprecations/calendar-feed";
import { findCalendarRows } from "@/lib/deprecations/repository";
import { defineOperation } from "@/lib/http/define-operation";

/** The sunset calendar. Calendar apps send no cookies: subscribe with a read-only API token as `?token=`. */
export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/deprecations/calendar.ics",
  operationId: "getSunsetCalendar",
  summary: "Sunset dates as an iCalendar feed (text/calendar)",
  description:
    "One all-day event per announced or retired deprecation, with stable UIDs. Calendar apps cannot sign in: add a read-only API token as `?token=ix_…` to the URL.",
  tag: "Deprecations",
  access: "catalog.read",
  queryToken: true,
  query: z.object({ token: z.string().optional().describe("A personal API token, for calendar apps that cannot send headers.") }),
  response: { status: 200, description: "The calendar, as text/calendar.", schema: null },
  handler: async ({ request, db }) => {
    const origin = new URL(request.url).origin;
    const rows = await findCalendarRows(db);
    const ics = buildSunsetCalendar(
      rows.map((row) => ({
        id: row.id,
        title: row.target.label,
        description: `${row.reason}${row.migrationGuideUrl ? `\nMigration guide: ${row.migrationGuideUrl}` : ""}`,
        url: `${origin}/deprecations/${row.id}`,
        sunsetAt: row.sunsetAt,
        updatedAt: row.updatedAt,
        status: row.status,
        // Seconds since creation only grow, so calendar apps take each change as newer than the last.
        sequence: Math.max(0, Math.floor((row.updatedAt.getTime() - row.createdAt.getTime()) / 1000)),
      })),
      { now: new Date(), host: new URL(origin).hostname },
    );
    return new Response(ics, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'inline; filename="interchange-sunsets.ics"',
        "cache-control": "private, max-age=300",
      },
    });
  },
});
