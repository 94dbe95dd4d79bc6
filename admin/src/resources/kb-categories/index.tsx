import CategoryIcon from '@mui/icons-material/FolderOpen';
import { Create, Edit, required, SimpleForm, TextInput } from 'react-admin';
import { dropEmpty, onlyChanged } from '../../common/transforms';
import { CategoryInput } from '../product-categories/CategoryInput';
import { CategoryList } from '../product-categories/CategoryTree';

/** The knowledge base's category tree, shown and edited like the product categories. */
const KbCategoryList = () => (
  <CategoryList
    items={{
      label: 'crm.kb.articles',
      // the server's categoryId filter includes sub-categories
      to: (id) => `/kb-articles?filter=${encodeURIComponent(JSON.stringify({ categoryId: id }))}`,
    }}
  />
);

const KbCategoryInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <CategoryInput source="parentId" reference="kb-categories" excludeSelf />
  </>
);

const KbCategoryCreate = () => (
  <Create mutationMode="pessimistic" redirect="list" transform={dropEmpty}>
    <SimpleForm>
      <KbCategoryInputs />
    </SimpleForm>
  </Create>
);

const KbCategoryEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={onlyChanged}>
    <SimpleForm>
      <KbCategoryInputs />
    </SimpleForm>
  </Edit>
);

export default {
  list: KbCategoryList,
  create: KbCategoryCreate,
  edit: KbCategoryEdit,
  icon: CategoryIcon,
  recordRepresentation: 'name',
};
