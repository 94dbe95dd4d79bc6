import MailIcon from '@mui/icons-material/AllInbox';
import type { Email } from '../../types';
import { EmailList } from './EmailList';
import { EmailShow } from './EmailShow';

export { QuarantineList } from './EmailList';

/** Read-only: e-mails are written by the mail pipeline, never by hand. */
export default {
  list: EmailList,
  show: EmailShow,
  icon: MailIcon,
  recordRepresentation: (record: Email) => record.subject ?? record.messageId ?? record.id,
};
