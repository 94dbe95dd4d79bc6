import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { Form, useTranslate } from 'react-admin';
import { type FieldValues, useWatch } from 'react-hook-form';
import { useStages } from '../../../settings/useStages';
import type { Lead } from '../../../types';
import { AccountTarget, ContactTarget, OpportunityTarget } from './ConvertTargets';
import { buildConvertBody, type ConvertValues, convertDefaults } from './convertValues';
import { DuplicatesPanel } from './DuplicatesPanel';
import { useConvertLead } from './useConvertLead';

const EMPTY_RECORD = {};

const SubmitButton = ({ pending }: { pending: boolean }) => {
  const translate = useTranslate();
  const enabled = useWatch({ name: ['account.enabled', 'contact.enabled', 'opportunity.enabled'] });
  const none = !enabled.some(Boolean);
  return (
    <Button
      type="submit"
      variant="contained"
      disabled={pending || none}
      title={none ? translate('crm.convert.pick_one') : undefined}
      data-testid="convert-submit"
      startIcon={pending ? <CircularProgress size={16} /> : undefined}
    >
      {translate('crm.convert.submit')}
    </Button>
  );
};

interface Props {
  lead: Lead;
  onClose: () => void;
}

/** Lead → account / contact / opportunity, each created from the lead or linked to one that exists. */
export const ConvertDialog = ({ lead, onClose }: Props) => {
  const translate = useTranslate();
  const { stages } = useStages();
  const [linked, setLinked] = useState(false);
  const convert = useConvertLead(String(lead.id), onClose);
  const defaults = useMemo(() => convertDefaults(lead, stages[0]?.name), [lead, stages]);

  const onLinked = (resource: string) => {
    convert.dismiss(resource);
    setLinked(true);
  };

  return (
    <Dialog
      open
      onClose={convert.pending ? undefined : onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="convert-dialog-title"
      data-testid="convert-dialog"
    >
      <Form
        record={EMPTY_RECORD}
        defaultValues={defaults}
        onSubmit={(values: FieldValues) => {
          setLinked(false);
          return convert.send(buildConvertBody(values as ConvertValues));
        }}
        noValidate
      >
        <DialogTitle id="convert-dialog-title">
          {translate('crm.convert.title', { number: lead.number ?? '' })}
        </DialogTitle>
        <DialogContent dividers>
          <AccountTarget />
          <ContactTarget />
          <OpportunityTarget />
          {convert.message ? (
            <Alert severity="error" sx={{ mt: 2 }} data-testid="convert-error">
              {convert.message}
            </Alert>
          ) : null}
          {convert.duplicates.length > 0 ? (
            <DuplicatesPanel
              duplicates={convert.duplicates}
              pending={convert.pending}
              onLinked={onLinked}
              onCreateAnyway={convert.createAnyway}
            />
          ) : null}
          {linked && convert.duplicates.length === 0 ? (
            <Alert severity="info" sx={{ mt: 2 }}>
              {translate('crm.convert.linked')}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={convert.pending}>
            {translate('ra.action.cancel')}
          </Button>
          <SubmitButton pending={convert.pending} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
