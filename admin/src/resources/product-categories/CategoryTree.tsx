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
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { buildTree, type Category, type CategoryNode } from './tree';

const productsOf = (id: string) =>
  `/products?filter=${encodeURIComponent(JSON.stringify({ categoryId: id }))}`;

const TreeItem = ({
  node,
  expanded,
  toggle,
}: {
  node: CategoryNode;
  expanded: Set<string>;
  toggle: (id: string) => void;
}) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
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
          <MuiButton size="small" component={Link} to={productsOf(category.id)}>
            {translate('crm.categories.products')}
          </MuiButton>
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
          to={createPath({ resource: 'product-categories', type: 'edit', id: category.id })}
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
              <TreeItem key={child.category.id} node={child} expanded={expanded} toggle={toggle} />
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
const Tree = () => {
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
          <TreeItem key={node.category.id} node={node} expanded={open} toggle={toggle} />
        ))}
      </MuiList>
    </Box>
  );
};

export const CategoryList = () => (
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
    <Tree />
  </List>
);
