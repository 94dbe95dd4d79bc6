import {
  createAssignmentRule,
  deleteAssignmentRule,
  getAssignmentRule,
  listAssignmentRules,
  updateAssignmentRule,
} from '../../domain/assignment/assignment-rules';
import type { ResourceHandlers } from '../simple-rest';

export const assignmentRulesResource: ResourceHandlers = {
  list: listAssignmentRules,
  get: getAssignmentRule,
  create: createAssignmentRule,
  update: updateAssignmentRule,
  remove: deleteAssignmentRule,
};
