import CloseIcon from '@mui/icons-material/CheckCircleOutline';
import PendingIcon from '@mui/icons-material/PauseCircleOutline';
import {
  Button,
  useCanAccess,
  useNotify,
  useRecordContext,
  useTranslate,
  useUpdate,
} from 'react-admin';
import type { Case } from '../../types';

const QUICK = [
  {
    status: 'Pending',
    label: 'crm.cases.set_pending',
    icon: <PendingIcon />,
    testId: 'case-pending',
  },
  { status: 'Closed', label: 'crm.cases.close', icon: <CloseIcon />, testId: 'case-close' },
];

/** "Pending" and "Close" in one click; a customer's reply reopens the case (domain.md). */
export const CaseStatusButtons = () => {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate<Case>();
  const { canAccess } = useCanAccess({ resource: 'cases', action: 'edit' });
  if (!record || !canAccess) return null;
  const set = (status: string) =>
    update(
      'cases',
      { id: record.id, data: { status }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () =>
          notify('crm.cases.status_set', {
            type: 'success',
            messageArgs: { status: translate(`crm.choices.caseStatus.${status}`) },
          }),
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  return (
    <>
      {QUICK.filter((q) => q.status !== record.status).map((q) => (
        <Button
          key={q.status}
          label={q.label}
          onClick={() => set(q.status)}
          disabled={isPending}
          data-testid={q.testId}
        >
          {q.icon}
        </Button>
      ))}
    </>
  );
};
