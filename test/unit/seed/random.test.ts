import { describe, expect, it } from "vitest";
import { createRandom, mulberry32, powerLawSampler } from "@/lib/seed/random";

describe("mulberry32", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const first = Array.from({ length: 5 }, mulberry32(42));
    expect(Array.from({ length: 5 }, mulberry32(42))).toEqual(first);
    expect(Array.from({ length: 5 }, mulberry32(43))).not.toEqual(first);
    for (const value of first) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe("createRandom", () => {
  it("respects weights", () => {
    const random = createRandom(7);
    const draws = Array.from({ length: 10_000 }, () =>
      random.weighted([
        ["common", 90],
        ["rare", 10],
      ] as const),
    );
    const rare = draws.filter((draw) => draw === "rare").length / draws.length;
    expect(rare).toBeGreaterThan(0.07);
    expect(rare).toBeLessThan(0.13);
  });

  it("samples without repetition", () => {
    const sample = createRandom(3).sample(["a", "b", "c", "d", "e"], 3);
    expect(new Set(sample).size).toBe(3);
  });
});

describe("powerLawSampler", () => {
  it("concentrates draws on a few hubs and still reaches the tail", () => {
    const random = createRandom(11);
    const draw = powerLawSampler(random, 1_000);
    const hits = new Map<number, number>();
    for (let i = 0; i < 20_000; i += 1) {
      const index = draw();
      hits.set(index, (hits.get(index) ?? 0) + 1);
    }
    const sorted = [...hits.values()].sort((a, b) => b - a);
    const topTen = sorted.slice(0, 10).reduce((sum, count) => sum + count, 0);
    expect(topTen / 20_000).toBeGreaterThan(0.25);
    expect(hits.size).toBeGreaterThan(500);
    expect(Math.max(...hits.keys())).toBeLessThan(1_000);
  });
});
