import { deleteNote, editNote, getNote, listNotes, postNote } from '../../domain/stream/notes';
import type { ResourceHandlers } from '../simple-rest';

export const notesResource: ResourceHandlers = {
  list: listNotes,
  get: getNote,
  create: postNote,
  update: editNote,
  remove: deleteNote,
};
