import { CASE_PRIORITIES, CASE_TYPES } from '../../server/domain/cases/case-type';
import type { Speech } from '../i18n';
import { type Block, type ModalView, plain } from './block-kit';
import { ACTION, CALLBACK, VALUE } from './ids';
import { textInput } from './inputs';
import { encodeMetadata, type ModalMetadata } from './modal-metadata';

export interface NewCaseDraft {
  name?: string;
}

const option = (value: string, label: string) => ({ text: plain(label, 75), value });

/** A static select input whose block id is the field it fills. */
function selectInput(
  blockId: string,
  label: string,
  options: ReturnType<typeof option>[],
  initial?: string,
): Block {
  const first = options.find((o) => o.value === initial);
  return {
    type: 'input',
    block_id: blockId,
    optional: true,
    label: plain(label, 2000),
    element: {
      type: 'static_select',
      action_id: VALUE,
      options,
      ...(first ? { initial_option: first } : {}),
    },
  };
}

/** The case's customer contact, searched as the member types (bot/actions/contact-search.ts). */
export function contactSearchInput(s: Speech): Block {
  return {
    type: 'input',
    block_id: 'contactId',
    optional: true,
    label: plain(s.m.contact),
    element: {
      type: 'external_select',
      action_id: ACTION.contactSearch,
      min_query_length: 1,
      placeholder: plain(s.m.case.contactSearch, 150),
    },
  };
}

/**
 * The new-case modal (`/case`, `/case new <subject>`): subject (prefilled), description,
 * priority (Normal), type, the customer contact (search-as-you-type) and who gets it (a Slack
 * member, matched to their CRM user on submit).
 */
export function newCaseModal(draft: NewCaseDraft, s: Speech, meta: ModalMetadata): ModalView {
  return {
    type: 'modal',
    callback_id: CALLBACK.newCase,
    title: plain(s.m.case.newTitle, 24),
    submit: plain(s.m.create, 24),
    close: plain(s.m.cancel, 24),
    private_metadata: encodeMetadata(meta),
    blocks: [
      textInput('name', s.m.case.subject, draft.name, { optional: false }),
      textInput('description', s.m.description, undefined, { multiline: true }),
      selectInput(
        'priority',
        s.m.case.priorityLabel,
        CASE_PRIORITIES.map((p) => option(p, s.m.case.priority[p] ?? p)),
        'Normal',
      ),
      selectInput(
        'type',
        s.m.case.typeLabel,
        CASE_TYPES.map((t) => option(t, s.m.case.type[t] ?? t)),
      ),
      contactSearchInput(s),
      {
        type: 'input',
        block_id: 'assignedUserId',
        optional: true,
        label: plain(s.m.case.assignTo),
        element: { type: 'users_select', action_id: VALUE },
      },
    ],
  };
}
