import { describe, expect, it } from "vitest";
import { diffContracts, parseContractText } from "@/lib/contract-diff";
import { ORDERS_BASE } from "./openapi-cases";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- documents are arbitrary JSON
type Doc = any;

const JUNK: unknown[] = [
  null,
  0,
  -1,
  "x",
  "",
  true,
  [],
  {},
  [null],
  { $ref: "#/nowhere" },
  { $ref: "#/%E0%A4%A" },
  { $ref: 7 },
  { type: 3, enum: "a", required: "id", properties: [] },
];

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Every [parent, key] in the document, so a mutation can replace any node. */
function slots(node: Doc, into: Array<[Doc, string | number]> = []): Array<[Doc, string | number]> {
  if (node && typeof node === "object") {
    for (const key of Object.keys(node)) {
      into.push([node, Array.isArray(node) ? Number(key) : key]);
      slots(node[key], into);
    }
  }
  return into;
}

// Hundreds of whole-document diffs: seconds on a busy shared machine, hence the longer timeout.
describe("diffContracts on malformed documents", { timeout: 30_000 }, () => {
  it("never throws when any node of either side is replaced by junk (400 seeded mutations)", () => {
    const next = random(2026);
    for (let round = 0; round < 400; round++) {
      const base = structuredClone(ORDERS_BASE);
      const revision = structuredClone(ORDERS_BASE);
      for (const doc of [base, revision]) {
        const all = slots(doc);
        for (let m = 0; m < 3; m++) {
          const [parent, key] = all[Math.floor(next() * all.length)];
          parent[key] = structuredClone(JUNK[Math.floor(next() * JUNK.length)]);
        }
      }
      base.openapi = "3.0.3";
      revision.openapi = "3.1.0";
      expect(() => diffContracts(base, revision), `round ${round}`).not.toThrow();
    }
  });

  it("compares property names that are also Object.prototype names", () => {
    const base = parseContractText('{"type":"object","properties":{"constructor":{"type":"string"}}}');
    const revision = parseContractText('{"type":"object","properties":{"toString":{"type":"string"}}}');
    expect(
      diffContracts(base, revision)
        .changes.map((c) => c.kind)
        .sort(),
    ).toEqual(["response-optional-property-added", "response-optional-property-removed"]);
  });
});
