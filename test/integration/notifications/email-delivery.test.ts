import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { readSmtpConfig } from "@/lib/notifications/email-config";
import { NOTIFICATION_EMAIL_JOB, notifyUsers } from "@/lib/notifications/notify-users";
import { createNotificationEmailHandler } from "@/lib/notifications/send-notification-email";
import { createUser } from "@/test/factories/user";
import { startSmtpTestServer } from "@/test/support/smtp-test-server";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let database: TestDatabase;
let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startSmtpTestServer();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp?.close();
  await database?.close();
});
beforeEach(async () => {
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("SMTP_FROM", "Interchange <portal@kestrel.test>");
  vi.stubEnv("NEXTAUTH_URL", "https://interchange.kestrel.test");
  await database.prisma.job.deleteMany();
  smtp.mails.length = 0;
});

// Notifications take the database's time; the worker's clock runs a little ahead of it.
const soon = () => new Date(Date.now() + 60_000);
const freshWorker = () => ({ [NOTIFICATION_EMAIL_JOB]: createNotificationEmailHandler({ config: () => readSmtpConfig() }) });

describe("e-mail notifications", () => {
  it("mails each recipient once per event, in text and HTML, even when the event is replayed and the worker restarts", async () => {
    const [ana, ben] = await Promise.all([createUser(database.prisma, { name: "Ana Ruiz" }), createUser(database.prisma)]);
    const request = {
      userIds: [ana.id, ben.id],
      kind: "review.requested",
      title: "Review CR-12 <Orders v3>",
      body: "Two breaking changes.",
      href: "/reviews/CR-12",
      dedupeKey: "cr-12:requested",
    };
    await database.prisma.$transaction((tx) => notifyUsers(tx, request));
    await database.prisma.$transaction((tx) => notifyUsers(tx, request));
    expect(await database.prisma.job.count({ where: { kind: NOTIFICATION_EMAIL_JOB } })).toBe(2);

    expect(await runDueJobs({ db: database.prisma, handlers: freshWorker(), clock: soon })).toEqual({ succeeded: 2, retried: 0, dead: 0 });
    // A restarted worker finds nothing left to send.
    expect(await runDueJobs({ db: database.prisma, handlers: freshWorker(), clock: soon })).toEqual({ succeeded: 0, retried: 0, dead: 0 });

    expect(smtp.mails.map((mail) => mail.to).sort()).toEqual([[ana.email], [ben.email]].sort());
    const toAna = smtp.mails.find((mail) => mail.to[0] === ana.email)!;
    expect(toAna.from).toBe("portal@kestrel.test");
    expect(toAna.data).toMatch(/Subject: \[Interchange\] Review CR-12 <Orders v3>/);
    expect(toAna.data).toMatch(/text\/plain/);
    expect(toAna.data).toMatch(/text\/html/);
    expect(toAna.data).toContain("https://interchange.kestrel.test/reviews/CR-12");
    // The HTML part is quoted-printable: undo its soft line breaks before looking for the escaped title.
    expect(toAna.data.replace(/=\r?\n/g, "")).toContain("&lt;Orders v3&gt;");
    const notification = await database.prisma.notification.findFirstOrThrow({ where: { userId: ana.id } });
    expect(toAna.data).toContain(`Message-ID: <notification-${notification.id}@interchange>`);
  });

  it("takes back a job whose worker died mid-send and still mails once", async () => {
    const user = await createUser(database.prisma);
    await database.prisma.$transaction((tx) =>
      notifyUsers(tx, { userIds: [user.id], kind: "deprecation.announced", title: "Orders v2 retires", dedupeKey: "dep-1:announced" }),
    );
    // A worker claimed the job, then the process died before sending.
    await database.prisma.job.updateMany({ data: { status: "running", attempts: 1, lockedUntil: new Date(Date.now() - 1) } });
    expect((await runDueJobs({ db: database.prisma, handlers: freshWorker(), clock: soon })).succeeded).toBe(1);
    expect((await runDueJobs({ db: database.prisma, handlers: freshWorker(), clock: soon })).succeeded).toBe(0);
    expect(smtp.mails).toHaveLength(1);
  });

  it("never mails disabled accounts, whether disabled before or after the notification", async () => {
    const [disabled, laterDisabled] = await Promise.all([createUser(database.prisma, { disabledAt: new Date() }), createUser(database.prisma)]);
    await database.prisma.$transaction((tx) =>
      notifyUsers(tx, { userIds: [disabled.id, laterDisabled.id], kind: "review.requested", title: "Review CR-13", dedupeKey: "cr-13:requested" }),
    );
    expect(await database.prisma.job.count({ where: { kind: NOTIFICATION_EMAIL_JOB } })).toBe(1);
    await database.prisma.user.update({ where: { id: laterDisabled.id }, data: { disabledAt: new Date() } });
    expect((await runDueJobs({ db: database.prisma, handlers: freshWorker(), clock: soon })).succeeded).toBe(1);
    expect(smtp.mails).toHaveLength(0);
    // The in-app notifications exist all the same.
    expect(await database.prisma.notification.count({ where: { dedupeKey: "cr-13:requested" } })).toBe(2);
  });

  it("queues no e-mail when SMTP is not configured", async () => {
    vi.stubEnv("SMTP_URL", "");
    const user = await createUser(database.prisma);
    expect(
      await database.prisma.$transaction((tx) => notifyUsers(tx, { userIds: [user.id], kind: "review.requested", title: "Review CR-14", dedupeKey: "cr-14" })),
    ).toBe(1);
    expect(await database.prisma.job.count()).toBe(0);
  });

  it("retries when the mail server cannot be reached", async () => {
    const user = await createUser(database.prisma);
    await database.prisma.$transaction((tx) => notifyUsers(tx, { userIds: [user.id], kind: "review.requested", title: "Review CR-15", dedupeKey: "cr-15" }));
    const unreachable = {
      [NOTIFICATION_EMAIL_JOB]: createNotificationEmailHandler({ config: () => ({ url: "smtp://127.0.0.1:1", from: "x@y.test", baseUrl: "http://x" }) }),
    };
    expect((await runDueJobs({ db: database.prisma, handlers: unreachable, clock: soon })).retried).toBe(1);
    expect((await database.prisma.job.findFirstOrThrow()).lastError).toMatch(/ECONNREFUSED|connect/i);
  });
});
