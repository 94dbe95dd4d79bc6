import { createTeam, deleteTeam, updateTeam } from '../../domain/teams/save-team';
import { getTeam, listTeams } from '../../domain/teams/team-queries';
import type { ResourceHandlers } from '../simple-rest';

export const teamsResource: ResourceHandlers = {
  list: listTeams,
  get: getTeam,
  create: createTeam,
  update: updateTeam,
  remove: deleteTeam,
};
