import CaseIcon from '@mui/icons-material/SupportAgent';
import type { Case } from '../../types';
import { CaseCreate, CaseEdit } from './CaseCreate';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

export default {
  list: CaseList,
  show: CaseShow,
  create: CaseCreate,
  edit: CaseEdit,
  icon: CaseIcon,
  recordRepresentation: (record: Case) => `${record.number} ${record.name}`,
};
