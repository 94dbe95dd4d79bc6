import AccountIcon from '@mui/icons-material/Business';
import { AccountCreate, AccountEdit } from './AccountCreate';
import { AccountList } from './AccountList';
import { AccountShow } from './AccountShow';

export default {
  list: AccountList,
  show: AccountShow,
  create: AccountCreate,
  edit: AccountEdit,
  icon: AccountIcon,
  recordRepresentation: 'name',
};
