import LockIcon from '@mui/icons-material/Lock';
import { Alert } from '@mui/material';
import {
  Create,
  Edit,
  SaveButton,
  SimpleForm,
  Toolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DocumentInputs, StatusInput } from './DocumentInputs';
import { documentCreateTransform, documentEditTransform } from './documentTransforms';
import { type DocumentSpec, isLocked, useDocumentSpec } from './kinds';

/** "Q-00003 is Paid: it can no longer be changed." */
export const LockedNotice = () => {
  const translate = useTranslate();
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Alert severity="warning" icon={<LockIcon />} data-testid="locked-notice" sx={{ mb: 2 }}>
      {translate('crm.documents.locked', {
        number: record.number,
        status: translate(`crm.choices.documentStatus.${record.status}`, { _: record.status }),
      })}
    </Alert>
  );
};

export const DocumentCreate = () => {
  const spec = useDocumentSpec();
  return (
    <Create mutationMode="pessimistic" redirect="show" transform={documentCreateTransform}>
      <SimpleForm defaultValues={{ items: [] }}>
        <DocumentInputs spec={spec} />
      </SimpleForm>
    </Create>
  );
};

/**
 * A locked document (paid invoice, approved quote…) offers no inputs but the status ways out of
 * the lock, if any; the server answers 409 to anything else.
 */
const EditForm = ({ spec }: { spec: DocumentSpec }) => {
  const record = useRecordContext();
  if (!record) return null;
  if (!isLocked(spec, record.status)) {
    return (
      <SimpleForm>
        <DocumentInputs spec={spec} />
      </SimpleForm>
    );
  }
  const exits = spec.unlock[record.status] ?? [];
  return (
    <SimpleForm
      toolbar={
        exits.length ? (
          <Toolbar>
            <SaveButton />
          </Toolbar>
        ) : (
          false
        )
      }
    >
      <LockedNotice />
      {exits.length ? <StatusInput spec={spec} choices={[record.status, ...exits]} /> : null}
    </SimpleForm>
  );
};

export const DocumentEdit = () => {
  const spec = useDocumentSpec();
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={documentEditTransform}>
      <EditForm spec={spec} />
    </Edit>
  );
};
