import UserIcon from '@mui/icons-material/People';
import { UserCreate, UserEdit } from './UserCreate';
import { UserList } from './UserList';

export default {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  icon: UserIcon,
  recordRepresentation: 'name',
};
