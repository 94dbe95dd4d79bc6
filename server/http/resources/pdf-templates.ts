import {
  createPdfTemplate,
  deletePdfTemplate,
  getPdfTemplate,
  listPdfTemplates,
  updatePdfTemplate,
} from '../../domain/pdf/pdf-templates';
import type { ResourceHandlers } from '../simple-rest';

export const pdfTemplatesResource: ResourceHandlers = {
  list: listPdfTemplates,
  get: getPdfTemplate,
  create: createPdfTemplate,
  update: updatePdfTemplate,
  remove: deletePdfTemplate,
};
