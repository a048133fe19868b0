import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { verifyWebhookSignature } from "../../lib/webhooks/sign-webhook";
import { signIn } from "./support";

test.describe("notifications", () => {
  test("an owner sees unread notifications on the bell, filters the inbox and marks them read", async ({ page }) => {
    await signIn(page, "owner@interchange.demo");
    // The demo seeds unread notifications for the owner; other domains' demo data may add more.
    const badge = page.getByTestId("inbox-unread-count");
    await expect(badge).toHaveText(/^\d+$/);
    const unread = Number(await badge.textContent());
    expect(unread).toBeGreaterThanOrEqual(2);

    await page.getByRole("link", { name: new RegExp(`^Inbox, ${unread} unread`) }).click();
    await expect(page).toHaveURL(/\/inbox$/);
    await page.getByLabel("Show").selectOption("unread");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/show=unread/);
    await expect(page.getByTestId("inbox-item")).toHaveCount(Math.min(unread, 20));
    await expect(page.getByText("Product Events change approved")).toHaveCount(0);

    await page.getByRole("button", { name: "Mark “Changes requested on Product Catalog API” read" }).click();
    await expect(page.getByText("Marked as read.")).toBeVisible();
    await expect(badge).toHaveText(String(unread - 1));
    await expect(page.getByText("Changes requested on Product Catalog API")).toHaveCount(0);

    await page.getByRole("button", { name: "Mark all read" }).click();
    await expect(page.getByText(/^\d+ notifications? marked as read\.$/)).toBeVisible();
    await expect(badge).toHaveCount(0);
    await expect(page.getByText("No notification matches these filters.")).toBeVisible();

    // Each item links to what it is about.
    await page.goto("/inbox");
    await page.getByRole("link", { name: "Inventory Availability API: acknowledge the planned retirement" }).click();
    await expect(page).toHaveURL(/\/catalog\/contracts\/inventory-availability-api$/);
  });

  test.describe("webhooks", () => {
    let server: Server;
    const received: { headers: IncomingHttpHeaders; body: string }[] = [];
    let url = "";

    test.beforeAll(async () => {
      server = createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on("data", (chunk: Buffer) => chunks.push(chunk));
        request.on("end", () => {
          received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
          response.writeHead(204).end();
        });
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/interchange`;
    });
    test.afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    test("an admin registers an endpoint, sends it a signed test event, sees the delivery and redelivers it", async ({ page }) => {
      await signIn(page, "admin@interchange.demo");
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Webhooks" }).click();
      await expect(page.getByText("No webhook endpoint yet.")).toBeVisible();

      // Bad input first: the form names the field and keeps what was typed.
      await page.getByLabel("Name").fill("Change feed");
      await page.getByLabel("URL").fill("https://user:pw@hooks.example.com/ix");
      await page.getByRole("button", { name: "Create endpoint" }).click();
      await expect(page.getByText("Remove the user name and password from the URL")).toBeVisible();

      await page.getByLabel("URL").fill(url);
      await page.getByRole("checkbox", { name: /deprecation\.announced/ }).check();
      await page.getByRole("button", { name: "Create endpoint" }).click();
      const secret = (await page.getByTestId("new-webhook-secret").textContent())!;
      expect(secret).toMatch(/^whsec_/);

      await page.getByRole("button", { name: "Open the endpoint" }).click();
      await expect(page.getByRole("heading", { name: "Change feed" })).toBeVisible();
      await expect(page.getByText(secret)).toHaveCount(0);
      await page.getByRole("button", { name: "Send test event" }).click();
      await expect(page.getByText(/Test event queued/)).toBeVisible();

      // The server's built-in worker polls every few seconds.
      await expect.poll(() => received.length, { timeout: 30_000 }).toBe(1);
      const [delivery] = received;
      expect(delivery.headers["x-interchange-event-type"]).toBe("webhook.test");
      expect(verifyWebhookSignature({ secret, body: delivery.body, header: String(delivery.headers["x-interchange-signature"]) }).valid).toBe(true);

      await expect(async () => {
        await page.reload();
        await expect(page.getByTestId("webhook-delivery-row").getByText("delivered", { exact: true })).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 20_000 });
      await page.getByText("Payload").click();
      await expect(page.getByText(`"id": "${delivery.headers["x-interchange-event-id"]}"`)).toBeVisible();

      await page.getByRole("button", { name: /^Redeliver webhook\.test/ }).click();
      await expect(page.getByText("webhook.test queued for redelivery.")).toBeVisible();
      await expect.poll(() => received.length, { timeout: 30_000 }).toBe(2);
      expect(received[1].headers["x-interchange-event-id"]).toBe(delivery.headers["x-interchange-event-id"]);

      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" }).click();
      await expect(page.getByRole("heading", { name: "Background jobs" })).toBeVisible();
      await expect(page.getByTestId("stat-succeeded")).not.toHaveText("0");
    });
  });
});
