import type { ResourceHandlers } from '../simple-rest';
import { leadsResource } from './leads';
import { notesResource } from './notes';

/** Every ra-data-simple-rest resource: `/api/<name>`. */
export const resources: Record<string, ResourceHandlers> = {
  leads: leadsResource,
  notes: notesResource,
};
