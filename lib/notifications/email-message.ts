export interface NotificationEmailInput {
  recipientName: string;
  title: string;
  body: string | null;
  href: string | null;
  baseUrl: string;
}

export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** A relative link from the inbox becomes absolute in a mail; an absolute one (rare) is kept. */
function absoluteLink(href: string | null, baseUrl: string): string {
  if (!href) return `${baseUrl}/inbox`;
  return /^https?:\/\//i.test(href) ? href : `${baseUrl}${href.startsWith("/") ? "" : "/"}${href}`;
}

/** The plain-text and HTML versions of one notification; dark text on light, readable without images. */
export function composeNotificationEmail({ recipientName, title, body, href, baseUrl }: NotificationEmailInput): ComposedEmail {
  const link = absoluteLink(href, baseUrl);
  const text = [
    `Hello ${recipientName},`,
    "",
    title,
    ...(body ? ["", body] : []),
    "",
    `Open it in Interchange: ${link}`,
    "",
    `Your inbox: ${baseUrl}/inbox`,
  ].join("\n");
  const paragraphs = (body ?? "")
    .split(/\n{2,}/)
    .filter(Boolean)
    .map((paragraph) => `<p style="margin:0 0 12px">${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;background:#ffffff;line-height:1.5">
<p style="margin:0 0 12px">Hello ${escapeHtml(recipientName)},</p>
<h1 style="font-size:18px;margin:0 0 12px">${escapeHtml(title)}</h1>
${paragraphs}
<p style="margin:16px 0"><a href="${escapeHtml(link)}" style="color:#1d4ed8">Open it in Interchange</a></p>
<p style="margin:0;font-size:12px;color:#475569">You receive this because you are named on a record in Interchange. Your inbox: <a href="${escapeHtml(`${baseUrl}/inbox`)}" style="color:#1d4ed8">${escapeHtml(`${baseUrl}/inbox`)}</a></p>
</body></html>`;
  return { subject: `[Interchange] ${title}`, text, html };
}
