import { Alert, Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { formatMoney } from '../../common/money';
import { type PricingValues, unitPriceFor } from './pricing';

/** The unit price as the user types, by the server's formula (the server's answer is stored). */
export const ProductPricePreview = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const values = useWatch() as PricingValues;
  const result = unitPriceFor(values);
  return (
    <Box sx={{ my: 1 }} data-testid="product-unit-price">
      {'price' in result ? (
        <Alert severity="info" icon={false}>
          <Typography variant="body2" component="span">
            {translate('crm.products.computed_price')}{' '}
          </Typography>
          <Typography
            variant="body1"
            component="strong"
            sx={{ fontWeight: 600 }}
            data-testid="product-unit-price-value"
            data-value={result.price}
          >
            {formatMoney(result.price, null, locale)}
          </Typography>
        </Alert>
      ) : (
        <Alert severity={result.reason === 'missing' ? 'info' : 'warning'} icon={false}>
          {translate(`crm.products.price.${result.reason}`)}
        </Alert>
      )}
    </Box>
  );
};
