import { type AnyPgColumn, index, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { money, recordColumns, ts } from './columns';

/** A percentage such as a pricing factor or a tax rate, exact to 4 places (e.g. 8.875). */
export const percent = (name: string) => numeric(name, { precision: 9, scale: 4 });

/** Product categories: a tree of any depth (no cycles: checked by the domain on every move). */
export const productCategories = pgTable(
  'product_categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => productCategories.id),
    description: text('description'),
    createdById: uuid('created_by_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    modifiedAt: ts('modified_at').notNull().defaultNow(),
  },
  (t) => [index('product_categories_parent').on(t.parentId)],
);

export const products = pgTable(
  'products',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    status: text('status').notNull().default('Available'),
    categoryId: uuid('category_id').references(() => productCategories.id, {
      onDelete: 'set null',
    }),
    partNumber: text('part_number'),
    costPrice: money('cost_price'),
    listPrice: money('list_price'),
    /** Derived from the pricing type, except for `Fixed` where it is entered. */
    unitPrice: money('unit_price').notNull(),
    pricingType: text('pricing_type').notNull().default('Same as List'),
    pricingFactor: percent('pricing_factor'),
  },
  (t) => [index('products_category').on(t.categoryId), index('products_name').on(t.name)],
);
