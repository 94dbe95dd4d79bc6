import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import {
  Box,
  Collapse,
  IconButton,
  ListItem,
  ListItemButton,
  ListItemText,
  Button as MuiButton,
  List as MuiList,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import {
  CreateButton,
  List,
  TopToolbar,
  useCreatePath,
  useListContext,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { buildTree, type Category, type CategoryNode } from './tree';

/** A button on each node leading to what the category holds (products, articles…). */
export interface ItemsLink {
  label: string;
  /** the list of items in the category */
  to: (categoryId: string) => string;
}

const productsLink: ItemsLink = {
  label: 'crm.categories.products',
  to: (id) => `/products?filter=${encodeURIComponent(JSON.stringify({ categoryId: id }))}`,
};

const TreeItem = ({
  node,
  expanded,
  toggle,
  items,
}: {
  node: CategoryNode;
  expanded: Set<string>;
  toggle: (id: string) => void;
  items: ItemsLink | null;
}) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const resource = useResourceContext() ?? 'product-categories';
  const { category, children, depth } = node;
  const open = expanded.has(category.id);
  return (
    <>
      <ListItem
        disablePadding
        data-testid="category-node"
        data-id={category.id}
        data-depth={depth}
        secondaryAction={
          items ? (
            <MuiButton size="small" component={Link} to={items.to(category.id)}>
              {translate(items.label)}
            </MuiButton>
          ) : null
        }
      >
        <Box sx={{ width: 40 + depth * 24, display: 'flex', justifyContent: 'flex-end' }}>
          {children.length ? (
            <IconButton
              size="small"
              onClick={() => toggle(category.id)}
              aria-expanded={open}
              aria-label={translate(open ? 'crm.categories.collapse' : 'crm.categories.expand', {
                name: category.name,
              })}
            >
              {open ? <ExpandLess /> : <ExpandMore />}
            </IconButton>
          ) : null}
        </Box>
        <ListItemButton
          component={Link}
          to={createPath({ resource, type: 'edit', id: category.id })}
        >
          <ListItemText
            primary={category.name}
            secondary={
              children.length
                ? translate('crm.categories.children', { smart_count: children.length })
                : null
            }
          />
        </ListItemButton>
      </ListItem>
      {children.length ? (
        <Collapse in={open} timeout="auto" unmountOnExit>
          <MuiList disablePadding>
            {children.map((child) => (
              <TreeItem
                key={child.category.id}
                node={child}
                expanded={expanded}
                toggle={toggle}
                items={items}
              />
            ))}
          </MuiList>
        </Collapse>
      ) : null}
    </>
  );
};

const allIds = (nodes: CategoryNode[]): string[] =>
  nodes.flatMap((n) => (n.children.length ? [n.category.id, ...allIds(n.children)] : []));

/** The categories as a nested list; the roots' children show at first. */
const Tree = ({ items }: { items: ItemsLink | null }) => {
  const translate = useTranslate();
  const { data = [], isPending } = useListContext<Category>();
  const tree = useMemo(() => buildTree(data), [data]);
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const open = expanded ?? new Set(tree.map((n) => n.category.id));
  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };
  if (isPending) return null;
  if (!tree.length) {
    return (
      <Typography sx={{ p: 2 }} color="text.secondary">
        {translate('crm.categories.empty')}
      </Typography>
    );
  }
  return (
    <Box data-testid="category-tree">
      <Box sx={{ px: 2, pt: 1 }}>
        <MuiButton size="small" onClick={() => setExpanded(new Set(allIds(tree)))}>
          {translate('crm.categories.expand_all')}
        </MuiButton>
        <MuiButton size="small" onClick={() => setExpanded(new Set())}>
          {translate('crm.categories.collapse_all')}
        </MuiButton>
      </Box>
      <MuiList>
        {tree.map((node) => (
          <TreeItem
            key={node.category.id}
            node={node}
            expanded={open}
            toggle={toggle}
            items={items}
          />
        ))}
      </MuiList>
    </Box>
  );
};

/** A category tree list: product categories, or another tree (`items` null: no item link). */
export const CategoryList = ({ items = productsLink }: { items?: ItemsLink | null }) => (
  <List
    perPage={1000}
    pagination={false}
    sort={{ field: 'name', order: 'ASC' }}
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
  >
    <Tree items={items} />
  </List>
);
