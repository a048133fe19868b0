const UNITS = [
  { seconds: 86_400, one: "day", many: "days" },
  { seconds: 3_600, one: "hour", many: "hours" },
  { seconds: 60, one: "minute", many: "minutes" },
  { seconds: 1, one: "second", many: "seconds" },
] as const;

/** A stored number of seconds as people say it: 86400 → "1 day", 5400 → "1 hour 30 minutes", 0.5 → "0.5 seconds". */
export function describeSeconds(total: number): string {
  if (!Number.isFinite(total) || total < 1) return `${total} seconds`;
  const parts: string[] = [];
  let rest = Math.round(total);
  for (const unit of UNITS) {
    const count = Math.floor(rest / unit.seconds);
    if (count === 0) continue;
    parts.push(`${count.toLocaleString("en")} ${count === 1 ? unit.one : unit.many}`);
    rest -= count * unit.seconds;
    // Two units say enough: "2 days 3 hours", not "2 days 3 hours 4 minutes 5 seconds".
    if (parts.length === 2) break;
  }
  return parts.join(" ");
}
