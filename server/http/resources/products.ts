import { deleteCategory, getCategory, listCategories } from '../../domain/catalog/category-queries';
import { deleteProduct, getProduct, listProducts } from '../../domain/catalog/product-queries';
import { createCategory, updateCategory } from '../../domain/catalog/save-category';
import { createProduct, updateProduct } from '../../domain/catalog/save-product';
import type { ResourceHandlers } from '../simple-rest';

export const productsResource: ResourceHandlers = {
  list: listProducts,
  get: getProduct,
  create: createProduct,
  update: updateProduct,
  remove: deleteProduct,
};

export const productCategoriesResource: ResourceHandlers = {
  list: listCategories,
  get: getCategory,
  create: createCategory,
  update: updateCategory,
  remove: deleteCategory,
};
