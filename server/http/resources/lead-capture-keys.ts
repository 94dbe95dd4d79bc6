import {
  createCaptureKey,
  deleteCaptureKey,
  getCaptureKey,
  listCaptureKeys,
  updateCaptureKey,
} from '../../domain/lead-capture/keys';
import type { ResourceHandlers } from '../simple-rest';

export const leadCaptureKeysResource: ResourceHandlers = {
  list: listCaptureKeys,
  get: getCaptureKey,
  create: createCaptureKey,
  update: updateCaptureKey,
  remove: deleteCaptureKey,
};
