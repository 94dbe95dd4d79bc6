import BoardIcon from '@mui/icons-material/ViewKanban';
import ListIcon from '@mui/icons-material/ViewList';
import { Button } from 'react-admin';
import { Link } from 'react-router-dom';

/** Switches between the opportunities list and the board by stage. */
export const ViewToggle = ({ to }: { to: 'list' | 'board' }) =>
  to === 'board' ? (
    <Button
      component={Link}
      to="/opportunities/board"
      label="crm.board.open_board"
      data-testid="open-board"
    >
      <BoardIcon />
    </Button>
  ) : (
    <Button
      component={Link}
      to="/opportunities"
      label="crm.board.open_list"
      data-testid="open-list"
    >
      <ListIcon />
    </Button>
  );
