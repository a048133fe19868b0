import { describe, expect, it } from "vitest";
import { InvalidSmtpConfigError, readSmtpConfig } from "@/lib/notifications/email-config";
import { composeNotificationEmail } from "@/lib/notifications/email-message";
import { isPortalPath } from "@/lib/notifications/schemas";

describe("readSmtpConfig", () => {
  it("is off without SMTP_URL", () => {
    expect(readSmtpConfig({})).toBeNull();
    expect(readSmtpConfig({ SMTP_URL: "  " })).toBeNull();
  });

  it("reads the URL, the sender and the portal's address for links", () => {
    expect(
      readSmtpConfig({ SMTP_URL: "smtp://u:p@mail.example.com:587", SMTP_FROM: "Interchange <ix@example.com>", NEXTAUTH_URL: "https://ix.example.com/" }),
    ).toEqual({
      url: "smtp://u:p@mail.example.com:587",
      from: "Interchange <ix@example.com>",
      baseUrl: "https://ix.example.com",
    });
  });

  it("refuses a URL that is not SMTP, with a message saying what to set", () => {
    expect(() => readSmtpConfig({ SMTP_URL: "https://mail.example.com" })).toThrow(InvalidSmtpConfigError);
    expect(() => readSmtpConfig({ SMTP_URL: "not a url" })).toThrow(/smtp:\/\//);
  });
});

describe("composeNotificationEmail", () => {
  const base = {
    recipientName: "Ana",
    title: "Review CR-12 <script>",
    body: "Line one\n\nLine <b>two</b>",
    href: "/reviews/CR-12",
    baseUrl: "https://ix.example.com",
  };

  it("writes a plain-text and an HTML version with an absolute link", () => {
    const mail = composeNotificationEmail(base);
    expect(mail.subject).toBe("[Interchange] Review CR-12 <script>");
    expect(mail.text).toContain("https://ix.example.com/reviews/CR-12");
    expect(mail.text).toContain("Line <b>two</b>");
    expect(mail.html).toContain('href="https://ix.example.com/reviews/CR-12"');
  });

  it("escapes everything it puts in the HTML", () => {
    const mail = composeNotificationEmail(base);
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("Review CR-12 &lt;script&gt;");
    expect(mail.html).toContain("Line &lt;b&gt;two&lt;/b&gt;");
  });

  it("links to the inbox when the notification has no link", () => {
    expect(composeNotificationEmail({ ...base, href: null }).text).toContain("Open it in Interchange: https://ix.example.com/inbox");
  });
});

describe("isPortalPath", () => {
  it("links only to paths inside the portal", () => {
    expect(isPortalPath("/reviews/CR-1")).toBe(true);
    for (const href of [null, "", "https://evil.example.com", "//evil.example.com", "/\\evil.example.com", "javascript:alert(1)"])
      expect(isPortalPath(href), String(href)).toBe(false);
  });
});
