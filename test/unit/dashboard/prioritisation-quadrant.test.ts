import { describe, expect, it } from "vitest";
import { prioritisationQuadrant, quadrantRatings, QUADRANTS, RATINGS } from "@/lib/dashboard/prioritisation-quadrant";

describe("prioritisationQuadrant (the guide's step 2)", () => {
  it("puts high value and low complexity in 'do first', and the other corners where the guide does", () => {
    expect(prioritisationQuadrant(5, 1)).toBe("do-first");
    expect(prioritisationQuadrant(5, 5)).toBe("plan-carefully");
    expect(prioritisationQuadrant(1, 1)).toBe("batch-together");
    expect(prioritisationQuadrant(1, 5)).toBe("reconsider-or-defer");
  });

  it("counts the middle of the scale as high on both axes", () => {
    expect(prioritisationQuadrant(3, 2)).toBe("do-first");
    expect(prioritisationQuadrant(2, 3)).toBe("reconsider-or-defer");
    expect(prioritisationQuadrant(3, 3)).toBe("plan-carefully");
    expect(prioritisationQuadrant(2, 2)).toBe("batch-together");
  });

  it("cannot place an integration missing either rating", () => {
    expect(prioritisationQuadrant(null, 2)).toBeNull();
    expect(prioritisationQuadrant(4, null)).toBeNull();
  });

  it("gives each quadrant the ratings that fall in it, so its catalog link matches its count", () => {
    for (const quadrant of QUADRANTS) {
      const { value, complexity } = quadrantRatings(quadrant);
      const inside = RATINGS.flatMap((v) => RATINGS.filter((c) => prioritisationQuadrant(v, c) === quadrant).map((c) => `${v}:${c}`));
      expect(value.flatMap((v) => complexity.map((c) => `${v}:${c}`)).sort()).toEqual(inside.sort());
    }
  });
});
