import DealIcon from '@mui/icons-material/MonetizationOn';
import { OpportunityCreate, OpportunityEdit } from './OpportunityCreate';
import { OpportunityList } from './OpportunityList';
import { OpportunityShow } from './OpportunityShow';

export { OpportunityBoard } from './board/OpportunityBoard';

export default {
  list: OpportunityList,
  show: OpportunityShow,
  create: OpportunityCreate,
  edit: OpportunityEdit,
  icon: DealIcon,
  recordRepresentation: 'name',
};
