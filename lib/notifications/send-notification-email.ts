import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { z } from "zod";
import type { JobHandler } from "@/lib/jobs/run-due-jobs";
import { readSmtpConfig, type SmtpConfig } from "@/lib/notifications/email-config";
import { composeNotificationEmail } from "@/lib/notifications/email-message";
import { findNotificationToEmail } from "@/lib/notifications/repository";

const zEmailJobPayload = z.object({ notificationId: z.string() });

export interface NotificationEmailOptions {
  /** Read from the environment at each run when omitted, so a server picks up SMTP settings on restart. */
  config?: () => SmtpConfig | null;
}

/**
 * The `notification.email` job: mails one notification to its recipient, plain text and HTML. The job's dedupe
 * key (`email:<notificationId>`) makes it one mail per notification; the Message-ID is derived from the
 * notification too, so a mail client shows a rare resend (worker died between sending and recording) once.
 */
export function createNotificationEmailHandler({ config = () => readSmtpConfig() }: NotificationEmailOptions = {}): JobHandler {
  const transports = new Map<string, Transporter>();
  return async ({ db, job }) => {
    const { notificationId } = zEmailJobPayload.parse(job.payload);
    const notification = await findNotificationToEmail(db, notificationId);
    // Deleted with its user, or the account was disabled since: nobody to write to.
    if (!notification || notification.user.disabledAt) return;
    const smtp = config();
    if (!smtp) throw new Error("E-mail is off (SMTP_URL is not set); set it and retry this job, or leave it dead.");

    let transport = transports.get(smtp.url);
    if (!transport) {
      transport = nodemailer.createTransport(smtp.url);
      transports.set(smtp.url, transport);
    }
    const mail = composeNotificationEmail({
      recipientName: notification.user.name,
      title: notification.title,
      body: notification.body,
      href: notification.href,
      baseUrl: smtp.baseUrl,
    });
    await transport.sendMail({
      from: smtp.from,
      to: { name: notification.user.name, address: notification.user.email },
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<notification-${notification.id}@interchange>`,
    });
  };
}

export const sendNotificationEmailJob = createNotificationEmailHandler();
