import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ContractParseError, diffContracts, parseContractText, type ChangeSeverity, type DataSide } from "@/lib/contract-diff";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- documents are arbitrary JSON
type Doc = any;

const fixture = (name: string): Doc => parseContractText(readFileSync(new URL(`../../fixtures/contract-diff/${name}`, import.meta.url), "utf8"));
const CUSTOMER = fixture("customer-record.schema.json");
const ASYNC_2 = fixture("shipment-events-asyncapi-2.yaml");
const ASYNC_3 = fixture("shipment-events-asyncapi-3.yaml");

interface Case {
  name: string;
  base: Doc;
  revision: (doc: Doc) => void;
  side?: DataSide;
  breaking: boolean;
  expect: Array<[string, ChangeSeverity]>;
}

const CASES: Case[] = [
  // JSON Schema: judged for readers by default, for writers on request.
  {
    name: "JSON Schema property removed",
    base: CUSTOMER,
    revision: (d) => delete d.properties.segment,
    breaking: true,
    expect: [["response-required-property-removed", "breaking"]],
  },
  {
    name: "JSON Schema new required property (readers)",
    base: CUSTOMER,
    revision: (d) => {
      d.properties.email = { type: "string" };
      d.required.push("email");
    },
    breaking: false,
    expect: [["response-required-property-added", "non-breaking"]],
  },
  {
    name: "JSON Schema new required property (writers)",
    base: CUSTOMER,
    side: "request",
    revision: (d) => {
      d.properties.email = { type: "string" };
      d.required.push("email");
    },
    breaking: true,
    expect: [["new-required-request-property", "breaking"]],
  },
  {
    name: "JSON Schema enum value added",
    base: CUSTOMER,
    revision: (d) => d.properties.segment.enum.push("partner"),
    breaking: false,
    expect: [["response-property-enum-value-added", "warning"]],
  },
  {
    name: "JSON Schema change inside $defs",
    base: CUSTOMER,
    revision: (d) => (d.$defs.Address.properties.postcode.maxLength = 12),
    breaking: true,
    expect: [["response-property-max-length-increased", "breaking"]],
  },
  {
    name: "JSON Schema change through a recursive $defs",
    base: CUSTOMER,
    revision: (d) => (d.$defs.Person.properties.name.type = "integer"),
    breaking: true,
    expect: [["response-property-type-changed", "breaking"]],
  },
  {
    name: "JSON Schema anyOf alternative added",
    base: CUSTOMER,
    revision: (d) => (d.properties.id = { anyOf: [{ type: "string" }, { type: "integer" }] }),
    breaking: true,
    expect: [
      ["response-property-any-of-added", "breaking"],
      ["response-property-type-removed", "breaking"],
    ],
  },
  // AsyncAPI 2: subscribe = the application sends (consumers read), publish = it receives.
  {
    name: "AsyncAPI 2 channel removed",
    base: ASYNC_2,
    revision: (d) => delete d.channels["shipments/dispatched"],
    breaking: true,
    expect: [["channel-removed", "breaking"]],
  },
  {
    name: "AsyncAPI 2 channel added",
    base: ASYNC_2,
    revision: (d) => (d.channels["shipments/delivered"] = { subscribe: { message: { payload: { type: "object" } } } }),
    breaking: false,
    expect: [["channel-added", "non-breaking"]],
  },
  {
    name: "AsyncAPI 2 sent payload property removed",
    base: ASYNC_2,
    revision: (d) => delete d.components.messages.ShipmentDispatched.payload.properties.weightKg,
    breaking: true,
    expect: [["response-optional-property-removed", "breaking"]],
  },
  {
    name: "AsyncAPI 2 sent payload new required property",
    base: ASYNC_2,
    revision: (d) => {
      const p = d.components.messages.ShipmentDispatched.payload;
      p.properties.eta = { type: "string" };
      p.required.push("eta");
    },
    breaking: false,
    expect: [["response-required-property-added", "non-breaking"]],
  },
  {
    name: "AsyncAPI 2 received payload new required property",
    base: ASYNC_2,
    revision: (d) => {
      const p = d.channels["picks/requested"].publish.message.payload;
      p.properties.store = { type: "string" };
      p.required.push("store");
    },
    breaking: true,
    expect: [["new-required-request-property", "breaking"]],
  },
  {
    name: "AsyncAPI 2 received enum value added",
    base: ASYNC_2,
    revision: (d) => d.channels["picks/requested"].publish.message.payload.properties.priority.enum.push("same-day"),
    breaking: false,
    expect: [["request-property-enum-value-added", "non-breaking"]],
  },
  {
    name: "AsyncAPI 2 sent operation removed",
    base: ASYNC_2,
    revision: (d) => delete d.channels["shipments/dispatched"].subscribe,
    breaking: true,
    expect: [["sent-message-removed", "breaking"]],
  },
  // AsyncAPI 3: operations say which way each channel flows.
  {
    name: "AsyncAPI 3 sent message added",
    base: ASYNC_3,
    revision: (d) => (d.channels.dispatched.messages.ShipmentDelayed = { payload: { type: "object" } }),
    breaking: true,
    expect: [["sent-message-added", "breaking"]],
  },
  {
    name: "AsyncAPI 3 received message added",
    base: ASYNC_3,
    revision: (d) => (d.channels.picks.messages.PickCancelled = { payload: { type: "object" } }),
    breaking: false,
    expect: [["received-message-added", "non-breaking"]],
  },
  {
    name: "AsyncAPI 3 sent enum value added",
    base: ASYNC_3,
    revision: (d) => d.channels.dispatched.messages.ShipmentDispatched.payload.properties.carrier.enum.push("fedex"),
    breaking: false,
    expect: [["response-property-enum-value-added", "warning"]],
  },
  {
    name: "AsyncAPI 3 received optional property added",
    base: ASYNC_3,
    revision: (d) => (d.channels.picks.messages.PickRequested.payload.properties.note = { type: "string" }),
    breaking: false,
    expect: [["new-optional-request-property", "non-breaking"]],
  },
  {
    name: "AsyncAPI 3 channel address changed",
    base: ASYNC_3,
    revision: (d) => (d.channels.dispatched.address = "shipments.sent"),
    breaking: true,
    expect: [
      ["channel-removed", "breaking"],
      ["channel-added", "non-breaking"],
    ],
  },
];

describe("diffContracts on JSON Schema and AsyncAPI", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
    const revision = structuredClone(testCase.base);
    testCase.revision(revision);
    const diff = diffContracts(testCase.base, revision, { jsonSchemaSide: testCase.side });
    const reported = diff.changes.map((c) => [c.kind, c.severity]);
    for (const expected of testCase.expect) expect(reported).toContainEqual(expected);
    expect(diff.breaking).toBe(testCase.breaking);
  });

  it("finds no change between each document and itself", () => {
    for (const doc of [CUSTOMER, ASYNC_2, ASYNC_3]) expect(diffContracts(doc, structuredClone(doc)).changes).toEqual([]);
  });

  it("locates AsyncAPI changes by channel, message and field", () => {
    const revision = structuredClone(ASYNC_2);
    revision.components.messages.ShipmentDispatched.payload.properties.carrier.enum.push("fedex");
    const [change] = diffContracts(ASYNC_2, revision).changes;
    expect(change.location).toEqual({
      channel: "shipments/dispatched",
      message: "ShipmentDispatched",
      side: "response",
      field: "carrier",
      pointer: "/channels/shipments~1dispatched/subscribe/message/ShipmentDispatched/payload/properties/carrier",
    });
    expect(change.message).toBe('shipments/dispatched ShipmentDispatched payload: The enum value "fedex" was added.');
  });

  it("locates nested JSON Schema fields through $defs", () => {
    const revision = structuredClone(CUSTOMER);
    delete revision.$defs.Address.properties.tax_region;
    const [change] = diffContracts(CUSTOMER, revision).changes;
    expect(change.location).toEqual({ side: "response", field: "address.tax_region", pointer: "/properties/address/properties/tax_region" });
  });

  it("refuses to compare documents of different formats, and unsupported versions", () => {
    expect(() => diffContracts(CUSTOMER, ASYNC_2)).toThrow(ContractParseError);
    expect(() => diffContracts({ swagger: "2.0" }, { swagger: "2.0" })).toThrow(/Swagger 2.0/);
  });
});

describe("parseContractText", () => {
  it("reads JSON and YAML (with anchors) alike", () => {
    expect(parseContractText('{"openapi":"3.1.0"}')).toEqual({ openapi: "3.1.0" });
    expect(parseContractText("a: &x {b: 1}\nc: *x\n")).toEqual({ a: { b: 1 }, c: { b: 1 } });
  });

  it("rejects text that is not a document", () => {
    expect(() => parseContractText("a: [1, 2")).toThrow(ContractParseError);
    expect(() => parseContractText("- 1\n- 2\n")).toThrow("not an object");
    expect(() => parseContractText("")).toThrow(ContractParseError);
  });
});
