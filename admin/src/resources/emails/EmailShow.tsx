import { Alert, Box, Grid, Typography } from '@mui/material';
import {
  DateField,
  FunctionField,
  ReferenceField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { emailDirectionChoices } from '../../choices';
import { FieldGrid } from '../../common/FieldGrid';
import { Section } from '../../common/ShowColumns';
import { AttachmentLinks } from '../../stream/AttachmentLinks';
import type { Email } from '../../types';
import { EmailStatusChip } from './EmailStatusChip';
import { HtmlBody } from './HtmlBody';
import { RawMessageButton } from './RawMessageButton';
import { ReplayButton } from './ReplayButton';

const list = (values?: string[] | null) => (values ?? []).join(', ');

const sender = (email: Email) =>
  email.fromName && email.from ? `${email.fromName} <${email.from}>` : (email.from ?? '');

/** Message-IDs and the like: long, unbroken, monospace. */
const mono = { fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' } as const;

const Headers = () => {
  const translate = useTranslate();
  return (
    <Section title={translate('crm.emails.headers')}>
      <FieldGrid wide={['messageId', 'inReplyTo', 'references']}>
        <FunctionField<Email> source="from" render={sender} />
        <FunctionField<Email> source="to" render={(e) => list(e.to)} />
        <FunctionField<Email> source="cc" render={(e) => list(e.cc)} />
        <TextField source="subject" />
        <SelectField source="direction" choices={emailDirectionChoices} />
        <EmailStatusChip source="status" />
        <TextField source="source" />
        <ReferenceField source="emailAccountId" reference="email-accounts" link="edit" />
        <DateField source="createdAt" showTime />
        <FunctionField<Email>
          source="parentId"
          render={(email) =>
            email.parentType === 'Case' && email.parentId ? (
              <ReferenceField source="parentId" reference="cases" link="show" />
            ) : null
          }
        />
        <TextField source="messageId" sx={mono} />
        <TextField source="inReplyTo" sx={mono} />
        <FunctionField<Email>
          source="references"
          sx={mono}
          render={(e) => (e.references ?? []).join(' ')}
        />
      </FieldGrid>
    </Section>
  );
};

const Body = () => {
  const email = useRecordContext<Email>();
  const translate = useTranslate();
  if (!email) return null;
  return (
    <Section title={translate('crm.emails.body')}>
      {email.bodyText ? (
        <Box
          component="pre"
          data-testid="email-text"
          sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontFamily: 'inherit', m: 0 }}
        >
          {email.bodyText}
        </Box>
      ) : null}
      {email.bodyHtml ? (
        <Box sx={{ mt: email.bodyText ? 2 : 0 }}>
          <Typography variant="subtitle2" gutterBottom>
            {translate('crm.emails.html_body')}
          </Typography>
          <HtmlBody html={email.bodyHtml} />
        </Box>
      ) : null}
      {!email.bodyText && !email.bodyHtml ? (
        <Typography variant="body2" color="text.secondary">
          {translate('crm.emails.no_body')}
        </Typography>
      ) : null}
      {email.attachments?.length ? (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle2">
            {translate('resources.emails.fields.attachments')}
          </Typography>
          <AttachmentLinks attachments={email.attachments} />
        </Box>
      ) : null}
    </Section>
  );
};

const ErrorNotice = () => {
  const email = useRecordContext<Email>();
  if (!email?.error) return null;
  return (
    <Alert severity={email.status === 'Ignored' ? 'info' : 'error'} sx={{ mb: 2 }}>
      <span data-testid="email-error">{email.error}</span>
    </Alert>
  );
};

export const EmailShow = () => (
  <Show
    actions={
      <TopToolbar>
        <RawMessageButton />
        <ReplayButton />
      </TopToolbar>
    }
    component="div"
  >
    <ErrorNotice />
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 5 }}>
        <Headers />
      </Grid>
      <Grid size={{ xs: 12, lg: 7 }}>
        <Body />
      </Grid>
    </Grid>
  </Show>
);
