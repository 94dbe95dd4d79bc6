import { deleteCase, getCase, listCases } from '../../domain/cases/case-queries';
import { createCase } from '../../domain/cases/create-case';
import { updateCase } from '../../domain/cases/update-case';
import type { ResourceHandlers } from '../simple-rest';

export const casesResource: ResourceHandlers = {
  list: listCases,
  get: getCase,
  create: createCase,
  update: updateCase,
  remove: deleteCase,
};
