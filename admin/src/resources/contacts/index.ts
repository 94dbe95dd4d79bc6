import ContactIcon from '@mui/icons-material/ContactPhone';
import type { Contact } from '../../types';
import { ContactCreate, ContactEdit } from './ContactCreate';
import { ContactList } from './ContactList';
import { ContactShow } from './ContactShow';
import { contactName } from './contactName';

export default {
  list: ContactList,
  show: ContactShow,
  create: ContactCreate,
  edit: ContactEdit,
  icon: ContactIcon,
  recordRepresentation: (record: Contact) => contactName(record),
};
