/**
 * The sunset calendar (RFC 5545): one all-day VEVENT per announced or retired deprecation, on its sunset date.
 * UIDs derive from the deprecation's id, so a calendar app updates an event when the sunset moves instead of
 * adding a second one; SEQUENCE grows with each change for the same reason.
 */
export interface CalendarEntry {
  id: string;
  title: string;
  description: string;
  url: string;
  sunsetAt: Date;
  updatedAt: Date;
  status: "announced" | "retired" | "cancelled";
  sequence: number;
}

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/**
 * Lines longer than 75 octets are folded: CRLF and a space, never inside a multi-byte UTF-8 character
 * (RFC 5545 §3.1).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const basicDate = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, "");
const basicDateTime = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;

export function buildSunsetCalendar(entries: readonly CalendarEntry[], { now, host }: { now: Date; host: string }): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Interchange//Deprecation sunsets//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "X-WR-CALNAME:Interchange sunsets",
  ];
  for (const entry of entries) {
    const end = new Date(entry.sunsetAt.getTime() + 24 * 60 * 60 * 1000);
    lines.push(
      "BEGIN:VEVENT",
      `UID:deprecation-${entry.id}@${host}`,
      `DTSTAMP:${basicDateTime(now)}`,
      `LAST-MODIFIED:${basicDateTime(entry.updatedAt)}`,
      `SEQUENCE:${entry.sequence}`,
      `DTSTART;VALUE=DATE:${basicDate(entry.sunsetAt)}`,
      `DTEND;VALUE=DATE:${basicDate(end)}`,
      `SUMMARY:${escapeText(`${entry.status === "retired" ? "Retired" : "Sunset"}: ${entry.title}`)}`,
      `DESCRIPTION:${escapeText(entry.description)}`,
      `URL:${entry.url}`,
      `STATUS:${entry.status === "cancelled" ? "CANCELLED" : "CONFIRMED"}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
