import { describe, expect, it } from "vitest";
import { FAILING, hourlyShare, ORDER_FLOW, STALE_BATCH } from "@/lib/seed/demo-signal-shape";
import { mulberry32 } from "@/lib/seed/random";
import { demoSimulatedFlows, SignalSimulation, type SimulatedMinute } from "@/lib/seed/signal-simulation";

const flows = demoSimulatedFlows();
const byName = (name: string) => flows.find((flow) => flow.name === name)!;
const MINUTE_MS = 60_000;

/** Every minute of one hour, summed per integration key. */
function simulateHour(hourStart: Date): Map<string, { records: number; errors: number; minutes: SimulatedMinute[] }> {
  const simulation = new SignalSimulation(flows, mulberry32(7));
  const totals = new Map<string, { records: number; errors: number; minutes: SimulatedMinute[] }>();
  for (let minute = 0; minute < 60; minute++) {
    for (const point of simulation.minute(new Date(hourStart.getTime() + minute * MINUTE_MS))) {
      const total = totals.get(point.key) ?? { records: 0, errors: 0, minutes: [] };
      total.records += point.records ?? 0;
      total.errors += point.errors;
      total.minutes.push(point);
      totals.set(point.key, total);
    }
  }
  return totals;
}

describe("the demo's live signal simulation", () => {
  // A Tuesday at 10:00 UTC (busy) and the Sunday night after (quiet).
  const tuesday = new Date("2026-12-01T10:00:00Z");
  const sunday = new Date("2026-12-06T03:00:00Z");

  it("reports the monitored demo integrations, the three stories among them", () => {
    expect(flows.length).toBeGreaterThan(10);
    for (const name of [ORDER_FLOW, FAILING, STALE_BATCH]) expect(byName(name), name).toBeDefined();
  });

  it("follows the daily and weekly seasonality of the seeded history", () => {
    const busy = simulateHour(tuesday);
    const quiet = simulateHour(sunday);
    const flow = flows.find((candidate) => candidate.frequency === "real_time" && candidate.name !== ORDER_FLOW && candidate.volumePerDay >= 10_000)!;
    const expectedBusy = flow.volumePerDay * hourlyShare(tuesday);
    expect(busy.get(flow.key)!.records).toBeGreaterThan(expectedBusy * 0.9);
    expect(busy.get(flow.key)!.records).toBeLessThan(expectedBusy * 1.1);
    expect(quiet.get(flow.key)!.records).toBeLessThan(busy.get(flow.key)!.records * 0.05);
  });

  it("sends the order flow 62 % below its usual volume and a third of the failing integration's records in error, its dead letters growing", () => {
    const hour = simulateHour(tuesday);
    const order = byName(ORDER_FLOW);
    const usual = order.volumePerDay * hourlyShare(tuesday);
    expect(hour.get(order.key)!.records / usual).toBeGreaterThan(0.32);
    expect(hour.get(order.key)!.records / usual).toBeLessThan(0.44);
    const failing = hour.get(byName(FAILING).key)!;
    expect(failing.errors / failing.records).toBeGreaterThan(0.25);
    expect(failing.errors / failing.records).toBeLessThan(0.41);
    const depths = failing.minutes.map((minute) => minute.deadLetterDepth!);
    expect(depths.at(-1)!).toBeGreaterThan(depths[0]);
  });

  it("keeps the stale batch's last success more than 26 h old, while the other nightly batches ran last night", () => {
    const hour = simulateHour(tuesday);
    const stale = hour.get(byName(STALE_BATCH).key)!.minutes[0];
    expect(stale.records).toBeNull();
    expect(tuesday.getTime() - stale.lastSuccessAt!.getTime()).toBeGreaterThan(26 * 3_600_000);
    const daily = flows.filter((flow) => flow.frequency === "daily" && flow.name !== STALE_BATCH);
    expect(daily.length).toBeGreaterThan(0);
    for (const flow of daily) expect(hour.get(flow.key)!.minutes[0].lastSuccessAt).toEqual(new Date("2026-12-01T02:00:00Z"));
  });

  it("reports a batch's volume in its run's minute only", () => {
    const night = simulateHour(new Date("2026-12-01T02:00:00Z"));
    const batch = flows.find((flow) => flow.frequency === "daily" && flow.name !== STALE_BATCH)!;
    const minutes = night.get(batch.key)!.minutes;
    expect(minutes[0].records).toBeGreaterThan(0);
    expect(minutes.slice(1).every((minute) => minute.records === null)).toBe(true);
    expect(night.get(byName(STALE_BATCH).key)!.minutes.every((minute) => minute.records === null)).toBe(true);
  });
});
