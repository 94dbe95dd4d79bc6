import { Typography } from '@mui/material';
import {
  AccessDenied,
  ArrayInput,
  CanAccess,
  Edit,
  maxValue,
  minValue,
  NumberInput,
  required,
  SaveButton,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  useTranslate,
} from 'react-admin';
import type { StageSettings } from '../types';
import { STAGES_ID } from './useStages';

const probability = [required(), minValue(0), maxValue(100)];

/** Each loaded stage remembers its stored name, so a rename is sent as {name, previousName}. */
const withPreviousNames = (settings: StageSettings): StageSettings => ({
  ...settings,
  stages: settings.stages.map((s) => ({ ...s, previousName: s.name })),
});

/** /settings/stages: rename, add, remove and reorder deal stages (admin only). */
export const StageSettingsPage = () => {
  const translate = useTranslate();
  return (
    <CanAccess resource="settings" action="edit" accessDenied={<AccessDenied />}>
      <Edit
        resource="settings"
        id={STAGES_ID}
        mutationMode="pessimistic"
        redirect={false}
        queryOptions={{ select: withPreviousNames }}
        title={translate('crm.stages.title')}
        actions={false}
      >
        <SimpleForm
          toolbar={
            <Toolbar>
              <SaveButton />
            </Toolbar>
          }
        >
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('crm.stages.help')}
          </Typography>
          <ArrayInput source="stages" label={false}>
            <SimpleFormIterator inline disableClear>
              <TextInput source="name" label="crm.stages.name" validate={required()} />
              <TextInput source="labelEn" label="crm.stages.labelEn" />
              <TextInput source="labelFr" label="crm.stages.labelFr" />
              <NumberInput
                source="probability"
                label="crm.stages.probability"
                validate={probability}
                min={0}
                max={100}
              />
            </SimpleFormIterator>
          </ArrayInput>
        </SimpleForm>
      </Edit>
    </CanAccess>
  );
};
