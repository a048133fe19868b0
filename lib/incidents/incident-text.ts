import type { AnomalyFinding } from "@/lib/signals/anomalies/anomaly-rules";

export interface IncidentSubject {
  integrationName: string;
  /** The start of the hour the finding is about (a volume drop compares that hour of the week). */
  windowStart: Date;
  /** Names of the business capabilities the integration (or its consumers) serve. */
  capabilities: readonly string[];
  /** Names of the downstream consumers of its contracts. */
  consumers: readonly string[];
}

const MOST_NAMED = 3;
const listFormat = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });
const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });

function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

function names(values: readonly string[]): string {
  if (values.length <= MOST_NAMED) return listFormat.format(values);
  return listFormat.format([...values.slice(0, MOST_NAMED), `${values.length - MOST_NAMED} more`]);
}

function what(finding: AnomalyFinding, windowStart: Date): string {
  switch (finding.cause) {
    case "volume_drop": {
      const hour = `${String(windowStart.getUTCHours()).padStart(2, "0")}:00`;
      return `volume ${Math.round((finding.deviation ?? 0) * 100)}% below a typical ${weekday.format(windowStart)} ${hour} UTC (${Math.round(finding.observed)} records, usually ${Math.round(finding.expected)})`;
    }
    case "error_spike":
      return `error rate ${percent(finding.observed)} in the last 30 minutes, usually ${percent(finding.expected)}`;
    case "freshness_breach":
      return `no success for ${finding.observed} h (stale after ${finding.threshold} h)`;
    case "dead_letter_growth":
      return `dead-letter queue grew from ${finding.expected} to ${finding.observed} messages in the last 30 minutes`;
  }
}

/**
 * The incident's one line, written for the people who feel it rather than the people who run it: what moved, against
 * what is usual, and which business capabilities and consumers are downstream (the example: "Order events to
 * revenue dashboard: volume 62% below a typical Tuesday 10:00; feeds Revenue reporting"). Times are UTC, like the
 * hourly buckets the baseline is made of.
 */
export function incidentText(finding: AnomalyFinding, subject: IncidentSubject): string {
  const impact: string[] = [];
  if (subject.capabilities.length > 0) impact.push(`feeds ${names(subject.capabilities)}`);
  if (subject.consumers.length > 0) impact.push(`used by ${names(subject.consumers)}`);
  if (impact.length === 0) impact.push("no business capability or consumer recorded");
  return `${subject.integrationName}: ${what(finding, subject.windowStart)}; ${impact.join("; ")}`;
}
