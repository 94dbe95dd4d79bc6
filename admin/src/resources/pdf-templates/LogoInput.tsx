import { Box, Button, Stack, Typography } from '@mui/material';
import { useInput, useTranslate } from 'react-admin';

const MAX_BYTES = 500_000;

/** The logo as a PNG/JPEG data URL (what the server stores and pdfkit draws). */
export const LogoInput = ({ source = 'logo' }: { source?: string }) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source });
  const pick = (file: File | undefined) => {
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type) || file.size > MAX_BYTES) {
      field.onChange(field.value ?? null);
      window.alert(translate('crm.pdf.logo_invalid'));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => field.onChange(reader.result as string);
    reader.readAsDataURL(file);
  };
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', my: 1 }}>
      <Typography variant="body2">{translate('resources.pdf-templates.fields.logo')}</Typography>
      {field.value ? (
        <Box component="img" src={field.value} alt="" sx={{ maxHeight: 48, maxWidth: 160 }} />
      ) : null}
      <Button component="label" size="small" variant="outlined">
        {translate('crm.pdf.logo_choose')}
        <input
          hidden
          type="file"
          accept="image/png,image/jpeg"
          onChange={(event) => pick(event.target.files?.[0])}
        />
      </Button>
      {field.value ? (
        <Button size="small" onClick={() => field.onChange(null)}>
          {translate('crm.pdf.logo_remove')}
        </Button>
      ) : null}
      {fieldState.error?.message ? (
        <Typography variant="caption" color="error">
          {translate(fieldState.error.message, { _: fieldState.error.message })}
        </Typography>
      ) : null}
    </Stack>
  );
};
