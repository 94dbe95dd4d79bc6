/**
 * Who the CRM is in e-mail: the MAIL_FROM address (contract.md), the company name shown after
 * an agent's name (`Jane Doe (Acme Support)`), and the domain of our own Message-IDs. It is
 * configuration, set once at start (server/main.ts, the test setup).
 */
export interface MailIdentity {
  /** The bare address of MAIL_FROM (`support@acme.com`). */
  fromAddress: string;
  /** MAIL_FROM's display name, or the company name. */
  companyName: string;
  /** The domain of our own Message-IDs (that of MAIL_FROM). */
  messageIdDomain: string;
  /** Base of links in e-mails (PUBLIC_URL). */
  publicUrl: string;
}

let identity: MailIdentity = fromConfig({ publicUrl: 'http://localhost:3000' });

/** `MAIL_FROM` may be `support@acme.com` or `Acme Support <support@acme.com>`. */
export function fromConfig(c: { mailFrom?: string; publicUrl: string; companyName?: string }) {
  const m = /^\s*(?:"?([^"<]*?)"?\s*)?<([^>]+)>\s*$/.exec(c.mailFrom ?? '');
  const host = new URL(c.publicUrl).hostname || 'localhost';
  const fromAddress = (m ? m[2]! : c.mailFrom?.trim() || `crm@${host}`).toLowerCase();
  const name = m?.[1]?.trim();
  return {
    fromAddress,
    companyName: c.companyName ?? (name || 'Support'),
    messageIdDomain: fromAddress.split('@')[1] || host,
    publicUrl: c.publicUrl.replace(/\/+$/, ''),
  } satisfies MailIdentity;
}

export function configureMailIdentity(c: {
  mailFrom?: string;
  publicUrl: string;
  companyName?: string;
}) {
  identity = fromConfig(c);
}

export const mailIdentity = (): MailIdentity => identity;
