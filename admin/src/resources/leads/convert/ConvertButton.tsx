import ConvertIcon from '@mui/icons-material/TransformOutlined';
import { useState } from 'react';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import type { Lead } from '../../../types';
import { ConvertDialog } from './ConvertDialog';

/** "Convert" on the lead show page; hidden once the lead is converted. */
export const ConvertButton = () => {
  const lead = useRecordContext<Lead>();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'leads', action: 'edit', record: lead });
  if (!lead || lead.status === 'Converted' || lead.convertedAt || !canAccess) return null;
  return (
    <>
      <Button label="crm.convert.action" onClick={() => setOpen(true)} data-testid="convert-button">
        <ConvertIcon />
      </Button>
      {open ? <ConvertDialog lead={lead} onClose={() => setOpen(false)} /> : null}
    </>
  );
};
