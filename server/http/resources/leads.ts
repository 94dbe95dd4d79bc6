import { createLead } from '../../domain/leads/create-lead';
import { deleteLead, getLead, listLeads } from '../../domain/leads/lead-queries';
import { updateLead } from '../../domain/leads/update-lead';
import type { ResourceHandlers } from '../simple-rest';

export const leadsResource: ResourceHandlers = {
  list: listLeads,
  get: getLead,
  create: createLead,
  update: updateLead,
  remove: deleteLead,
};
