import { describe, expect, it } from "vitest";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { zCreateWebhookEndpointInput, zUpdateWebhookEndpointInput, zWebhookUrl } from "@/lib/webhooks/schemas";

describe("webhook endpoint URLs", () => {
  it("accepts http and https URLs", () => {
    expect(zWebhookUrl.parse(" https://hooks.example.com/ix?team=ops ")).toBe("https://hooks.example.com/ix?team=ops");
    expect(zWebhookUrl.safeParse("http://10.0.0.5:8080/hook").success).toBe(true);
  });

  it("refuses other schemes, relative URLs and credentials in the URL", () => {
    for (const url of [
      "ftp://hooks.example.com",
      "javascript:alert(1)",
      "/hooks",
      "hooks.example.com",
      "https://user:secret@hooks.example.com",
      "https://token@hooks.example.com",
    ]) {
      expect(zWebhookUrl.safeParse(url).success, url).toBe(false);
    }
  });
});

describe("endpoint input", () => {
  it("subscribes to all events by default and drops repeated ones", () => {
    expect(zCreateWebhookEndpointInput.parse({ name: "BI", url: "https://bi.example.com" })).toMatchObject({ events: [], active: true });
    expect(
      zCreateWebhookEndpointInput.parse({ name: "BI", url: "https://bi.example.com", events: ["deprecation.retired", "deprecation.retired"] }).events,
    ).toEqual(["deprecation.retired"]);
  });

  it("knows only the listed event types, all of change_request.*, deprecation.* or incident.*", () => {
    expect(WEBHOOK_EVENT_TYPES.every((entry) => /^(change_request|deprecation|incident)\.[a-z_]+$/.test(entry.type))).toBe(true);
    const refused = zCreateWebhookEndpointInput.safeParse({ name: "BI", url: "https://bi.example.com", events: ["catalog.deleted"] });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0].path).toEqual(["events", 0]);
  });

  it("refuses an empty update and unknown fields", () => {
    expect(zUpdateWebhookEndpointInput.safeParse({}).success).toBe(false);
    expect(zUpdateWebhookEndpointInput.safeParse({ secret: "mine" }).success).toBe(false);
    expect(zUpdateWebhookEndpointInput.parse({ active: false })).toEqual({ active: false });
  });
});
