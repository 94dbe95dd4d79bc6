import { Box } from '@mui/material';
import {
  AccessDenied,
  CanAccess,
  CreateButton,
  Title,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { useStages } from '../../../settings/useStages';
import { ViewToggle } from '../ViewToggle';
import { BoardColumn } from './BoardColumn';
import { useMoveDeal } from './useMoveDeal';

/** /opportunities/board: one column per stage from the stage settings. */
export const OpportunityBoard = () => {
  const translate = useTranslate();
  const { stages, label } = useStages();
  const { move, isPending } = useMoveDeal();
  return (
    <CanAccess resource="opportunities" action="list" accessDenied={<AccessDenied />}>
      <Title title={translate('crm.board.title')} />
      <TopToolbar>
        <ViewToggle to="list" />
        <CreateButton resource="opportunities" />
      </TopToolbar>
      <Box
        data-testid="opportunity-board"
        sx={{
          display: 'flex',
          gap: 1.5,
          pb: 2,
          alignItems: 'flex-start',
          overflowX: 'auto',
          // takes the page's width instead of growing it: the columns scroll inside
          width: 0,
          minWidth: '100%',
        }}
      >
        {stages.map((stage) => (
          <BoardColumn
            key={stage.name}
            stage={stage.name}
            label={label(stage.name)}
            onMove={move}
            moving={isPending}
          />
        ))}
      </Box>
    </CanAccess>
  );
};
