import { describe, expect, it } from "vitest";
import { mapOtlpMetrics } from "@/lib/signals/otlp-metrics";
import { readOtlpMappingRules } from "@/lib/signals/signal-settings";

const text = (key: string, value: string) => ({ key, value: { stringValue: value } });
const NANOS = "1796277600000000000"; // 2026-12-03T06:00:00Z

function request(resource: object[], metrics: object[]) {
  return { resourceMetrics: [{ resource: { attributes: resource }, scopeMetrics: [{ metrics }] }] };
}
const counter = (name: string, attributes: object[], asDouble: number, temporality = 1) => ({
  name,
  sum: { aggregationTemporality: temporality, isMonotonic: true, dataPoints: [{ attributes, timeUnixNano: NANOS, asDouble }] },
});

describe("mapping OTLP metrics to integrations", () => {
  const rules = readOtlpMappingRules({
    SIGNALS_OTLP_RULES: JSON.stringify([
      { service: "order-service", destination: "orders.created", integration: "INT-0001" },
      { service: "order-service", route: "/api/orders", integration: "INT-0002" },
    ]),
  });

  it("takes the key attribute first, then the first rule matching service.name and the destination or route", () => {
    const mapped = mapOtlpMetrics(
      request(
        [text("service.name", "order-service")],
        [
          counter("messaging.client.consumed.messages", [text("messaging.destination.name", "orders.created")], 10),
          counter("interchange.records", [text("http.route", "/api/orders")], 5),
          counter("interchange.records", [text("interchange.integration.key", "INT-0009"), text("http.route", "/api/orders")], 1),
          counter("interchange.records", [text("http.route", "/api/other")], 1),
        ],
      ),
      rules,
    );
    expect(mapped.candidates.map((c) => [c.integrationKey, c.records])).toEqual([
      ["INT-0001", 10],
      ["INT-0002", 5],
      ["INT-0009", 1],
    ]);
    expect(mapped.candidates[0].at.toISOString()).toBe("2026-12-03T06:00:00.000Z");
    expect(mapped.refusals).toEqual([
      { index: 3, pointer: "/resourceMetrics/0/scopeMetrics/0/metrics/3/sum/dataPoints/0", reason: expect.stringContaining('service.name="order-service"') },
    ]);
  });

  it("counts a point with error.type as errors too, ignores unknown metrics and converts seconds to milliseconds", () => {
    const mapped = mapOtlpMetrics(
      request(
        [text("interchange.integration.key", "INT-0001")],
        [
          counter("messaging.client.consumed.messages", [text("error.type", "timeout")], 3),
          counter("jvm.gc.count", [], 3),
          {
            name: "messaging.process.duration",
            unit: "s",
            histogram: {
              aggregationTemporality: 1,
              dataPoints: [{ timeUnixNano: NANOS, count: "2", sum: 0.3, max: 0.2, bucketCounts: ["1", "1", "0"], explicitBounds: [0.1, 1] }],
            },
          },
        ],
      ),
      [],
    );
    expect(mapped.ignored).toBe(1);
    expect(mapped.candidates[0]).toMatchObject({ records: 3, errors: 3 });
    expect(mapped.candidates[1].latency).toMatchObject({ count: 2, sumMs: 300, maxMs: 200 });
  });

  it("refuses a mapping rule list that is not valid, naming the variable", () => {
    expect(() => readOtlpMappingRules({ SIGNALS_OTLP_RULES: '[{"service": "x"}]' })).toThrow(/SIGNALS_OTLP_RULES/);
  });
});
