import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * Mail HTML is hostile by default. It is shown in an iframe with `sandbox=""` (no scripts, no
 * forms, no same-origin access, no top navigation) from `srcdoc`, never injected into the page;
 * a Content-Security-Policy also stops remote images and styles (tracking pixels) from loading.
 */
const POLICY =
  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data: cid:; style-src \'unsafe-inline\'; font-src data:">';

export const HtmlBody = ({ html }: { html: string }) => {
  const translate = useTranslate();
  return (
    <Box
      component="iframe"
      title={translate('crm.emails.html_body')}
      sandbox=""
      srcDoc={`${POLICY}${html}`}
      referrerPolicy="no-referrer"
      data-testid="email-html"
      sx={{ width: '100%', height: 480, border: 1, borderColor: 'divider', bgcolor: 'white' }}
    />
  );
};
