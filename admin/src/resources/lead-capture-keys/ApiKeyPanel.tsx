import CopyIcon from '@mui/icons-material/ContentCopy';
import {
  Box,
  Card,
  CardContent,
  IconButton,
  InputAdornment,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { RegenerateKeyButton } from './RegenerateKeyButton';
import { curlSnippet, htmlSnippet } from './snippets';

const useCopy = () => {
  const notify = useNotify();
  return (text: string) =>
    navigator.clipboard
      .writeText(text)
      .then(() => notify('crm.capture.copied', { type: 'info' }))
      .catch((error: Error) => notify(error.message, { type: 'error' }));
};

const Snippet = ({ title, text, testId }: { title: string; text: string; testId: string }) => {
  const translate = useTranslate();
  const copy = useCopy();
  return (
    <Box sx={{ mt: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="subtitle2">{title}</Typography>
        <Tooltip title={translate('crm.capture.copy_snippet')}>
          <IconButton
            size="small"
            aria-label={`${translate('crm.capture.copy_snippet')}: ${title}`}
            onClick={() => copy(text)}
          >
            <CopyIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
      <Box
        component="pre"
        data-testid={testId}
        sx={{
          bgcolor: 'action.hover',
          p: 1,
          m: 0,
          fontSize: 12,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
        }}
      >
        {text}
      </Box>
    </Box>
  );
};

/** The generated key (read-only, copyable) and how to post leads with it. */
export const ApiKeyPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const copy = useCopy();
  const apiKey = record?.apiKey as string | undefined;
  const fields = record?.fields as string[] | undefined;
  return (
    <Card sx={{ ml: { md: 2 }, mt: { xs: 2, md: 0 }, width: { md: 480 }, flexShrink: 0 }}>
      <CardContent>
        <Typography variant="h6">{translate('crm.capture.title')}</Typography>
        {apiKey ? (
          <>
            <TextField
              label={translate('resources.lead-capture-keys.fields.apiKey')}
              value={apiKey}
              fullWidth
              margin="normal"
              slotProps={{
                htmlInput: { readOnly: true, 'data-testid': 'api-key' },
                input: {
                  endAdornment: (
                    <InputAdornment position="end">
                      <IconButton
                        aria-label={translate('crm.capture.copy_key')}
                        onClick={() => copy(apiKey)}
                      >
                        <CopyIcon />
                      </IconButton>
                    </InputAdornment>
                  ),
                },
              }}
            />
            <RegenerateKeyButton />
            <Typography variant="body2" color="text.secondary">
              {translate('crm.capture.help')}
            </Typography>
            <Snippet
              title={translate('crm.capture.curl')}
              text={curlSnippet(apiKey, fields)}
              testId="capture-curl"
            />
            <Snippet
              title={translate('crm.capture.html')}
              text={htmlSnippet(apiKey, fields)}
              testId="capture-html"
            />
          </>
        ) : (
          <Typography variant="body2">{translate('crm.capture.save_first')}</Typography>
        )}
      </CardContent>
    </Card>
  );
};
