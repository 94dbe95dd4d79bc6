import { Stack } from '@mui/material';
import { TextInput } from 'react-admin';

const PARTS = ['Street', 'City', 'State', 'PostalCode', 'Country'] as const;

/** addressStreet, addressCity… for prefix "address"; billingAddress… for "billingAddress". */
export const AddressInputs = ({ prefix }: { prefix: string }) => (
  <Stack sx={{ width: '100%' }}>
    <TextInput source={`${prefix}Street`} multiline />
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      {PARTS.slice(1).map((part) => (
        <TextInput key={part} source={`${prefix}${part}`} />
      ))}
    </Stack>
  </Stack>
);

/** One line per address, skipping empty parts. */
export const formatAddress = (record: Record<string, unknown> | undefined, prefix: string) =>
  PARTS.map((part) => record?.[`${prefix}${part}`])
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .join(', ');
