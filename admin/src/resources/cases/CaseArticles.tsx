import ArticleIcon from '@mui/icons-material/MenuBook';
import {
  Autocomplete,
  Box,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Link as MuiLink,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import {
  Link,
  type RaRecord,
  useCanAccess,
  useDataProvider,
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Section } from '../../common/ShowColumns';
import type { CrmDataProvider } from '../../providers/dataProvider';
import { isHttpError } from '../../providers/httpClient';
import type { Case } from '../../types';

interface Article extends RaRecord<string> {
  name: string;
  status: string;
}

/** Published articles whose title or body has the words typed, for the picker. */
const useArticleSearch = (q: string) =>
  useGetList<Article>('kb-articles', {
    filter: { status: 'Published', ...(q ? { q } : {}) },
    pagination: { page: 1, perPage: 10 },
    sort: { field: 'name', order: 'ASC' },
  }).data ?? [];

/** The knowledge-base articles linked to the case, and a picker to link one more. */
export const CaseArticles = () => {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const [q, setQ] = useState('');
  const { canAccess } = useCanAccess({ resource: 'kb-articles', action: 'list' });
  const { data: linked = [] } = useGetList<Article>(
    'kb-articles',
    {
      filter: { caseId: record?.id },
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'name', order: 'ASC' },
    },
    { enabled: Boolean(record?.id && canAccess) },
  );
  const found = useArticleSearch(q);
  if (!record || !canAccess) return null;

  const link = async (article: Article | null) => {
    if (!article) return;
    try {
      await dataProvider.linkArticleToCase(String(record.id), article.id);
      notify('crm.cases.article_linked', { type: 'success' });
      setQ('');
      refresh();
    } catch (error) {
      notify(isHttpError(error) ? (error.body?.message ?? error.message) : String(error), {
        type: 'error',
      });
    }
  };

  const linkedIds = new Set(linked.map((a) => a.id));
  return (
    <Section title={translate('crm.cases.articles')}>
      <Box data-testid="case-articles">
        <List dense disablePadding>
          {linked.map((article) => (
            <ListItem key={article.id} disableGutters data-testid="case-article">
              <ListItemIcon sx={{ minWidth: 32 }}>
                <ArticleIcon fontSize="small" />
              </ListItemIcon>
              <ListItemText
                primary={
                  <MuiLink component={Link} to={`/kb-articles/${article.id}`}>
                    {article.name}
                  </MuiLink>
                }
              />
            </ListItem>
          ))}
        </List>
        <Autocomplete<Article>
          options={found.filter((a) => !linkedIds.has(a.id))}
          getOptionLabel={(a) => a.name}
          filterOptions={(options) => options}
          inputValue={q}
          onInputChange={(_, value) => setQ(value)}
          onChange={(_, value) => link(value)}
          value={null}
          size="small"
          noOptionsText={translate('crm.cases.no_articles')}
          renderInput={(params) => (
            <TextField {...params} label={translate('crm.cases.link_article')} />
          )}
        />
      </Box>
    </Section>
  );
};
