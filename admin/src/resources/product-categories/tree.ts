import type { RaRecord } from 'react-admin';

export interface Category extends RaRecord<string> {
  name: string;
  parentId?: string | null;
  description?: string | null;
}

export interface CategoryNode {
  category: Category;
  children: CategoryNode[];
  depth: number;
}

/** Nested nodes sorted by name; a category whose parent is missing (or a cycle) is a root. */
export const buildTree = (categories: Category[]): CategoryNode[] => {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const children = new Map<string | null, Category[]>();
  for (const c of categories) {
    const parent = c.parentId && byId.has(c.parentId) ? c.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number): CategoryNode[] =>
    (children.get(parent) ?? [])
      .filter((c) => !seen.has(c.id))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((c) => {
        seen.add(c.id);
        return { category: c, depth, children: walk(c.id, depth + 1) };
      });
  const roots = walk(null, 0);
  // Whatever a corrupt tree left unreached still shows, at the top level.
  const orphans = categories
    .filter((c) => !seen.has(c.id))
    .map((c) => ({ category: c, depth: 0, children: [] }));
  return [...roots, ...orphans];
};

/** Depth-first, for selects: "Hardware", "Hardware › Laptops"… */
export const flattenTree = (nodes: CategoryNode[], prefix = ''): { id: string; name: string }[] =>
  nodes.flatMap((node) => {
    const name = prefix ? `${prefix} › ${node.category.name}` : node.category.name;
    return [{ id: node.category.id, name }, ...flattenTree(node.children, name)];
  });

/** The category and all of its sub-categories (a parent cannot go under them). */
export const subtreeIds = (nodes: CategoryNode[], id: string): Set<string> => {
  const out = new Set<string>();
  const collect = (node: CategoryNode) => {
    out.add(node.category.id);
    node.children.forEach(collect);
  };
  const find = (list: CategoryNode[]): void => {
    for (const node of list) {
      if (node.category.id === id) collect(node);
      else find(node.children);
    }
  };
  find(nodes);
  return out;
};
