import { productCategories, products } from '../../../db/schema';
import { plainDecimal } from '../shared/fields';
import type { TableList } from '../shared/list-table';
import { inCategoryTree } from './category-tree';

export type ProductRow = typeof products.$inferSelect;
export type CategoryRow = typeof productCategories.$inferSelect;

/** Products: sort/filter whitelist; `categoryId` includes the sub-categories. */
export const productList: TableList = {
  table: products,
  fields: {
    id: { column: products.id, kind: 'uuid' },
    name: { column: products.name, kind: 'text' },
    status: { column: products.status, kind: 'text' },
    partNumber: { column: products.partNumber, kind: 'text' },
    pricingType: { column: products.pricingType, kind: 'text' },
    costPrice: { column: products.costPrice, kind: 'money' },
    listPrice: { column: products.listPrice, kind: 'money' },
    unitPrice: { column: products.unitPrice, kind: 'money' },
    assignedUserId: { column: products.assignedUserId, kind: 'uuid' },
    createdAt: { column: products.createdAt, kind: 'timestamp' },
    modifiedAt: { column: products.modifiedAt, kind: 'timestamp' },
  },
  customFilters: { categoryId: (v) => inCategoryTree(products.categoryId, 'categoryId', v) },
  search: [products.name, products.partNumber],
  defaultSort: ['name', 'ASC'],
};

export const categoryList: TableList = {
  table: productCategories,
  fields: {
    id: { column: productCategories.id, kind: 'uuid' },
    name: { column: productCategories.name, kind: 'text' },
    parentId: { column: productCategories.parentId, kind: 'uuid' },
    createdAt: { column: productCategories.createdAt, kind: 'timestamp' },
    modifiedAt: { column: productCategories.modifiedAt, kind: 'timestamp' },
  },
  search: [productCategories.name],
  defaultSort: ['name', 'ASC'],
};

export const productToApi = (p: ProductRow): Record<string, unknown> => {
  const { streamUpdatedAt: _s, ...rest } = p;
  return { ...rest, pricingFactor: plainDecimal(p.pricingFactor) };
};
