import { useMemo } from 'react';
import { AutocompleteArrayInput, useGetList } from 'react-admin';
import { buildTree, type Category, flattenTree } from '../product-categories/tree';

/** An article's categories, each by its full path ("Printers › Network"). */
export const KbCategoriesInput = ({ source = 'categoriesIds' }: { source?: string }) => {
  const { data = [], isPending } = useGetList<Category>('kb-categories', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  const choices = useMemo(() => flattenTree(buildTree(data)), [data]);
  return (
    <AutocompleteArrayInput
      source={source}
      choices={choices}
      isPending={isPending}
      translateChoice={false}
      sx={{ minWidth: 320 }}
    />
  );
};
