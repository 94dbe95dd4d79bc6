import AttachIcon from '@mui/icons-material/AttachFile';
import { Box, Link as MuiLink } from '@mui/material';
import { useDataProvider, useNotify } from 'react-admin';
import type { CrmDataProvider } from '../providers/dataProvider';
import type { EmailAttachment } from '../types';

const sizeOf = (bytes?: number | null) => {
  if (!bytes && bytes !== 0) return '';
  if (bytes < 1024) return ` (${bytes} B)`;
  if (bytes < 1024 * 1024) return ` (${Math.round(bytes / 1024)} kB)`;
  return ` (${(bytes / 1024 / 1024).toFixed(1)} MB)`;
};

/**
 * A note names its e-mail's attachments by file name only; they are stored in the same order,
 * so the position gives the download link (GET /api/emails/:id/attachments/:position).
 */
const normalize = (
  attachments: (EmailAttachment | string)[],
  emailId: string | null | undefined,
): EmailAttachment[] =>
  attachments.map((a, position) => {
    const attachment = typeof a === 'string' ? { name: a } : a;
    if (attachment.link || !emailId) return attachment;
    return { ...attachment, link: `/api/emails/${emailId}/attachments/${position}` };
  });

/**
 * An e-mail's attachments. Downloads go through the data provider (a plain link cannot carry
 * the bearer token).
 */
export const AttachmentLinks = ({
  attachments: given,
  emailId,
}: {
  attachments?: (EmailAttachment | string)[] | null;
  emailId?: string | null;
}) => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  if (!given?.length) return null;
  const attachments = normalize(given, emailId);

  /**
   * Always saved as a file, never opened: a blob URL has our origin, so an HTML attachment
   * opened in a tab would run as our page (with the session token in reach).
   */
  const save = async (attachment: EmailAttachment) => {
    if (!attachment.link) return;
    try {
      const blob = await dataProvider.download(attachment.link);
      const url = URL.createObjectURL(new Blob([blob], { type: 'application/octet-stream' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = attachment.filename ?? attachment.name ?? 'attachment';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  return (
    <Box
      component="ul"
      sx={{ listStyle: 'none', p: 0, m: 0, mt: 0.5 }}
      data-testid="email-attachments"
    >
      {attachments.map((attachment, index) => {
        const name = attachment.filename ?? attachment.name ?? `#${index + 1}`;
        const label = `${name}${sizeOf(attachment.size)}`;
        return (
          <Box
            component="li"
            key={attachment.id ?? attachment.link ?? `${name}:${attachment.size ?? ''}`}
            sx={{ display: 'flex', alignItems: 'center', gap: 0.5, fontSize: 13 }}
          >
            <AttachIcon sx={{ fontSize: 16 }} />
            {attachment.link ? (
              <MuiLink
                component="button"
                type="button"
                onClick={() => save(attachment)}
                data-testid="email-attachment"
              >
                {label}
              </MuiLink>
            ) : (
              <span data-testid="email-attachment">{label}</span>
            )}
          </Box>
        );
      })}
    </Box>
  );
};
