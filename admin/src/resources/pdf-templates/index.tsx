import TemplateIcon from '@mui/icons-material/Description';
import { Grid, Stack } from '@mui/material';
import {
  BooleanField,
  Create,
  DataTable,
  Edit,
  List,
  NumberInput,
  type RaRecord,
  required,
  SelectField,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { CheckboxInput } from '../../common/CheckboxInput';
import { FormRow } from '../../common/FieldGrid';
import { dropEmpty, onlyChanged } from '../../common/transforms';
import { LogoInput } from './LogoInput';
import { PdfPreview, PREVIEW_RECORD } from './PdfPreview';

const choicesOf = (group: string, values: string[]) =>
  values.map((id) => ({ id, name: `crm.choices.${group}.${id}` }));
const entityTypeChoices = choicesOf('pdfEntityType', ['Quote', 'SalesOrder', 'Invoice']);
const languageChoices = [
  { id: 'en', name: 'English' },
  { id: 'fr', name: 'Français' },
];
const pageFormatChoices = [
  { id: 'A4', name: 'A4' },
  { id: 'Letter', name: 'Letter' },
];
const orientationChoices = choicesOf('pageOrientation', ['portrait', 'landscape']);

const code = {
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  fontSize: 13,
  lineHeight: 1.5,
};

/** A Liquid section: a multiline input in a monospace font, tabs kept as typed. */
const CodeInput = ({ source, rows }: { source: string; rows: number }) => (
  <TextInput
    source={source}
    multiline
    minRows={rows}
    fullWidth
    parse={(value: string) => value ?? ''}
    helperText={`crm.pdf.${source}_help`}
    slotProps={{ htmlInput: { spellCheck: false, style: code } }}
  />
);

const TemplateInputs = () => (
  <Grid container spacing={3} sx={{ width: '100%' }}>
    <Grid size={{ xs: 12, lg: 6 }}>
      <Stack>
        <TextInput source="name" validate={required()} />
        <FormRow>
          <SelectInput
            source="entityType"
            choices={entityTypeChoices}
            defaultValue="Quote"
            validate={required()}
          />
          <SelectInput
            source="language"
            choices={languageChoices}
            translateChoice={false}
            defaultValue="en"
            validate={required()}
          />
        </FormRow>
        <CheckboxInput source="isDefault" label="resources.pdf-templates.fields.isDefault" />
        <FormRow>
          <SelectInput
            source="pageFormat"
            choices={pageFormatChoices}
            translateChoice={false}
            defaultValue="A4"
          />
          <SelectInput
            source="pageOrientation"
            choices={orientationChoices}
            defaultValue="portrait"
          />
        </FormRow>
        <FormRow>
          {['top', 'right', 'bottom', 'left'].map((side) => (
            <NumberInput
              key={side}
              source={`margins.${side}`}
              defaultValue={15}
              min={0}
              max={100}
            />
          ))}
        </FormRow>
        <FormRow>
          <TextInput source="colors.primary" type="color" defaultValue="#1f4e79" />
          <TextInput source="colors.text" type="color" defaultValue="#222222" />
        </FormRow>
        <LogoInput />
        <CodeInput source="header" rows={4} />
        <CodeInput source="body" rows={14} />
        <CodeInput source="footer" rows={3} />
      </Stack>
    </Grid>
    <Grid size={{ xs: 12, lg: 6 }}>
      <PdfPreview />
    </Grid>
  </Grid>
);

const withoutPreview = <T extends Record<string, unknown>>(data: T) => {
  const { [PREVIEW_RECORD]: _preview, ...rest } = data;
  return rest;
};

const TemplateList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="edit">
      <DataTable.Col source="name" />
      <DataTable.Col source="entityType">
        <SelectField source="entityType" choices={entityTypeChoices} />
      </DataTable.Col>
      <DataTable.Col source="language">
        <SelectField source="language" choices={languageChoices} translateChoice={false} />
      </DataTable.Col>
      <DataTable.Col source="pageFormat" />
      <DataTable.Col source="isDefault">
        <BooleanField source="isDefault" />
      </DataTable.Col>
    </DataTable>
  </List>
);

const TemplateCreate = () => (
  <Create
    mutationMode="pessimistic"
    redirect="edit"
    transform={(data: Record<string, unknown>) => dropEmpty(withoutPreview(data))}
  >
    <SimpleForm>
      <TemplateInputs />
    </SimpleForm>
  </Create>
);

const TemplateEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect={false}
    transform={(data: Record<string, unknown>, options?: { previousData?: RaRecord }) =>
      onlyChanged(withoutPreview(data), options)
    }
  >
    <SimpleForm>
      <TemplateInputs />
    </SimpleForm>
  </Edit>
);

export default {
  list: TemplateList,
  create: TemplateCreate,
  edit: TemplateEdit,
  icon: TemplateIcon,
  recordRepresentation: 'name',
};
