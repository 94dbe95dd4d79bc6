import { createOpportunity } from '../../domain/opportunities/create-opportunity';
import {
  deleteOpportunity,
  getOpportunity,
  listOpportunities,
} from '../../domain/opportunities/opportunity-queries';
import { updateOpportunity } from '../../domain/opportunities/update-opportunity';
import type { ResourceHandlers } from '../simple-rest';

export const opportunitiesResource: ResourceHandlers = {
  list: listOpportunities,
  get: getOpportunity,
  create: createOpportunity,
  update: updateOpportunity,
  remove: deleteOpportunity,
};
