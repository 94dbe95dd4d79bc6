import { Box, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import { type DragEvent, useState } from 'react';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { formatMoney, sumByCurrency } from '../../../common/money';
import type { Opportunity } from '../../../types';
import { DealCard } from './DealCard';
import { DEAL_MIME } from './useMoveDeal';

const PER_COLUMN = 100;

interface Props {
  stage: string;
  label: string;
  onMove: (id: string, stage: string) => void;
  moving: boolean;
}

/** One stage: its deals (GET ?filter={"stage":…}), count and exact totals per currency. */
export const BoardColumn = ({ stage, label, onMove, moving }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [over, setOver] = useState(false);
  const {
    data = [],
    total = 0,
    isPending,
  } = useGetList<Opportunity>('opportunities', {
    filter: { stage },
    sort: { field: 'closeDate', order: 'ASC' },
    pagination: { page: 1, perPage: PER_COLUMN },
  });
  const totals = [...sumByCurrency(data)]
    .map(([currency, amount]) => formatMoney(amount, currency || null, locale))
    .join(' + ');

  const accepts = (event: DragEvent) => event.dataTransfer.types.includes(DEAL_MIME);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    try {
      const dragged = JSON.parse(event.dataTransfer.getData(DEAL_MIME)) as {
        id: string;
        stage: string;
      };
      if (dragged.stage !== stage) onMove(String(dragged.id), stage);
    } catch {
      // not one of our cards
    }
  };

  return (
    <Paper
      component="section"
      aria-label={label}
      data-testid="board-column"
      data-stage={stage}
      variant="outlined"
      onDragOver={(event) => {
        if (!accepts(event)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      sx={{
        flex: '1 0 170px',
        maxWidth: 320,
        p: 1,
        bgcolor: over ? 'action.selected' : 'background.default',
        transition: 'background-color 150ms',
      }}
    >
      <Box sx={{ px: 0.5, pb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {label}
        </Typography>
        <Typography variant="caption" color="text.secondary" data-testid="board-column-total">
          {translate('crm.board.deals', { smart_count: total })}
          {totals ? ` · ${totals}` : ''}
        </Typography>
      </Box>
      {isPending ? <CircularProgress size={20} /> : null}
      <Stack spacing={1}>
        {data.map((deal) => (
          <DealCard key={deal.id} deal={deal} onMove={onMove} disabled={moving} />
        ))}
      </Stack>
      {!isPending && data.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>
          {translate('crm.board.empty')}
        </Typography>
      ) : null}
      {total > data.length ? (
        <Typography variant="caption" color="text.secondary" sx={{ p: 1, display: 'block' }}>
          {translate('crm.board.more', { shown: data.length, total })}
        </Typography>
      ) : null}
    </Paper>
  );
};
