import { Card, CardContent, Link as MuiLink, TextField, Typography } from '@mui/material';
import { Link, ReferenceField, useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '../../../common/money';
import { useStages } from '../../../settings/useStages';
import type { Opportunity } from '../../../types';
import { DEAL_MIME } from './useMoveDeal';

interface Props {
  deal: Opportunity;
  onMove: (id: string, stage: string) => void;
  disabled?: boolean;
}

/** Name, account, amount; drag it to another column or pick the stage in its select. */
export const DealCard = ({ deal, onMove, disabled }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { choices } = useStages();
  return (
    <Card
      component="article"
      aria-label={deal.name}
      data-testid="deal-card"
      data-id={deal.id}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(DEAL_MIME, JSON.stringify({ id: deal.id, stage: deal.stage }));
        event.dataTransfer.effectAllowed = 'move';
      }}
      sx={{ cursor: 'grab' }}
    >
      <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
        <MuiLink component={Link} to={`/opportunities/${deal.id}/show`} variant="subtitle2">
          {deal.name}
        </MuiLink>
        {deal.accountId ? (
          <Typography variant="body2" color="text.secondary" component="div">
            <ReferenceField record={deal} source="accountId" reference="accounts" link={false} />
          </Typography>
        ) : null}
        <Typography variant="body2" sx={{ fontWeight: 500, my: 0.5 }}>
          {formatMoney(deal.amount, deal.currency, locale)}
        </Typography>
        <TextField
          select
          size="small"
          fullWidth
          value={deal.stage}
          disabled={disabled}
          label={translate('crm.board.move_to')}
          onChange={(event) => onMove(String(deal.id), event.target.value)}
          slotProps={{
            select: { native: true },
            htmlInput: { 'aria-label': translate('crm.board.move_label', { name: deal.name }) },
          }}
        >
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </TextField>
      </CardContent>
    </Card>
  );
};
