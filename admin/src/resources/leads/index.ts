import LeadIcon from '@mui/icons-material/PersonSearch';
import type { Lead } from '../../types';
import { LeadCreate } from './LeadCreate';
import { LeadEdit } from './LeadEdit';
import { LeadList } from './LeadList';
import { LeadShow } from './LeadShow';
import { leadName } from './leadName';

export default {
  list: LeadList,
  show: LeadShow,
  create: LeadCreate,
  edit: LeadEdit,
  icon: LeadIcon,
  recordRepresentation: (record: Lead) => leadName(record),
};
