import { deleteArticle, getArticle, listArticles } from '../../domain/kb/article-queries';
import {
  createKbCategory,
  deleteKbCategory,
  getKbCategory,
  listKbCategories,
  updateKbCategory,
} from '../../domain/kb/kb-categories';
import { createArticle, updateArticle } from '../../domain/kb/save-article';
import type { ResourceHandlers } from '../simple-rest';

export const kbArticlesResource: ResourceHandlers = {
  list: listArticles,
  get: getArticle,
  create: createArticle,
  update: updateArticle,
  remove: deleteArticle,
};

export const kbCategoriesResource: ResourceHandlers = {
  list: listKbCategories,
  get: getKbCategory,
  create: createKbCategory,
  update: updateKbCategory,
  remove: deleteKbCategory,
};
