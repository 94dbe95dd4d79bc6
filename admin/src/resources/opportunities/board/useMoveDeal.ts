import { useNotify, useRefresh, useUpdate } from 'react-admin';
import { useStages } from '../../../settings/useStages';

export const DEAL_MIME = 'application/x-crm-deal';

/** PUT /api/opportunities/:id {"stage": "…"}, then refetch the columns. */
export const useMoveDeal = () => {
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { label } = useStages();

  const move = (id: string, stage: string) =>
    update(
      'opportunities',
      { id, data: { stage } },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('crm.board.moved', { type: 'info', messageArgs: { stage: label(stage) } });
          refresh();
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );

  return { move, isPending };
};
