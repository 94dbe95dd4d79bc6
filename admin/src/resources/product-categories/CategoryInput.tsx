import { useMemo } from 'react';
import { AutocompleteInput, useGetList, useRecordContext } from 'react-admin';
import { buildTree, type Category, flattenTree, subtreeIds } from './tree';

interface CategoryInputProps {
  source: string;
  label?: string;
  /** leave out the record itself and its sub-categories (the parent select) */
  excludeSelf?: boolean;
  alwaysOn?: boolean;
  /** the category resource (product-categories unless told) */
  reference?: string;
}

/** A category picked by its full path ("Hardware › Laptops"); the whole tree is loaded once. */
export const CategoryInput = ({
  source,
  label,
  excludeSelf,
  reference = 'product-categories',
}: CategoryInputProps) => {
  const record = useRecordContext<Category>();
  const { data = [], isPending } = useGetList<Category>(reference, {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  const choices = useMemo(() => {
    const tree = buildTree(data);
    const excluded = excludeSelf && record?.id ? subtreeIds(tree, record.id) : new Set<string>();
    return flattenTree(tree).filter((choice) => !excluded.has(choice.id));
  }, [data, excludeSelf, record?.id]);
  return (
    <AutocompleteInput
      source={source}
      label={label}
      choices={choices}
      isPending={isPending}
      translateChoice={false}
      parse={(value: string | null) => value || null}
      sx={{ minWidth: 260 }}
    />
  );
};
