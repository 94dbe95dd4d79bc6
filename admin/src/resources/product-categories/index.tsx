import CategoryIcon from '@mui/icons-material/AccountTree';
import { Create, Edit, required, SimpleForm, TextInput } from 'react-admin';
import { dropEmpty, onlyChanged } from '../../common/transforms';
import { CategoryInput } from './CategoryInput';
import { CategoryList } from './CategoryTree';

/** The parent select leaves out the category and its sub-categories; the server refuses cycles. */
const CategoryInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <CategoryInput source="parentId" excludeSelf />
    <TextInput source="description" multiline minRows={2} />
  </>
);

const CategoryCreate = () => (
  <Create mutationMode="pessimistic" redirect="list" transform={dropEmpty}>
    <SimpleForm>
      <CategoryInputs />
    </SimpleForm>
  </Create>
);

const CategoryEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={onlyChanged}>
    <SimpleForm>
      <CategoryInputs />
    </SimpleForm>
  </Edit>
);

export default {
  list: CategoryList,
  create: CategoryCreate,
  edit: CategoryEdit,
  icon: CategoryIcon,
  recordRepresentation: 'name',
};
