import ProductIcon from '@mui/icons-material/Inventory2';
import { ProductCreate, ProductEdit } from './ProductCreate';
import { ProductList } from './ProductList';
import { ProductShow } from './ProductShow';

export default {
  list: ProductList,
  show: ProductShow,
  create: ProductCreate,
  edit: ProductEdit,
  icon: ProductIcon,
  recordRepresentation: 'name',
};
