import { buildSunsetCalendar } from "@/lib/deprecations/calendar-feed";
import { findCalendarRows } from "@/lib/deprecations/repository";
import { apiRoute } from "@/lib/http/api-route";

/** The sunset calendar. Calendar apps send no cookies: subscribe with a read-only API token as `?token=`. */
export const GET = apiRoute(
  async ({ request, db }) => {
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
    return new Response(ics, { headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": 'inline; filename="interchange-sunsets.ics"', "cache-control": "private, max-age=300" } });
  },
  { queryToken: true },
);
