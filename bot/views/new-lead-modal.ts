import type { Speech } from '../i18n';
import { context, type ModalView, plain } from './block-kit';
import { CALLBACK, NEW_LEAD_FIELDS, type NewLeadField } from './ids';
import { textInput } from './inputs';
import { encodeMetadata, type ModalMetadata } from './modal-metadata';

export type NewLeadDraft = Partial<Record<NewLeadField, string>>;

const labels = (s: Speech): Record<NewLeadField, string> => ({
  firstName: s.m.firstName,
  lastName: s.m.lastName,
  accountName: s.m.company,
  emailAddress: s.m.email,
  phoneNumber: s.m.phone,
  title: s.m.title,
  description: s.m.description,
});

/** The new-lead modal, prefilled with what `/lead new …` could read; `note` says what it could not. */
export function newLeadModal(
  draft: NewLeadDraft,
  s: Speech,
  meta: ModalMetadata,
  note?: string,
): ModalView {
  const label = labels(s);
  return {
    type: 'modal',
    callback_id: CALLBACK.newLead,
    title: plain(s.m.newLeadTitle, 24),
    submit: plain(s.m.create, 24),
    close: plain(s.m.cancel, 24),
    private_metadata: encodeMetadata(meta),
    blocks: [
      ...(note ? [context(note)] : []),
      ...NEW_LEAD_FIELDS.map((f) =>
        textInput(f, label[f], draft[f], { multiline: f === 'description' }),
      ),
    ],
  };
}
