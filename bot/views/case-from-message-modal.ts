import { z } from 'zod';
import type { Speech } from '../i18n';
import { type ModalView, plain } from './block-kit';
import { textInput } from './inputs';
import { contactSearchInput } from './new-case-modal';

/** The **Create case from message** modal (bot/actions/message-shortcuts.ts). */
export const CASE_FROM_MESSAGE = 'thread.case_from_message';

/** Where the message is: its permalink goes into the new case's stream on submit. */
const origin = z.object({ channel: z.string().min(1), ts: z.string().min(1) });
export type MessageOrigin = z.infer<typeof origin>;

export function decodeOrigin(raw: string | undefined): MessageOrigin | null {
  try {
    const parsed = origin.safeParse(JSON.parse(raw || '{}'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The subject: the first non-empty line of the (plain) text, cut to a readable length. */
export function subjectOf(text: string): string {
  const first =
    text
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? '';
  return first.length > 150 ? `${first.slice(0, 149).trimEnd()}…` : first;
}

/**
 * Prefilled from the message: its first line as the subject, the whole text as the description;
 * the customer contact is optional (search-as-you-type, the new-case modal's contact search).
 */
export function caseFromMessageModal(
  draft: { name: string; description: string },
  s: Speech,
  at: MessageOrigin,
): ModalView {
  return {
    type: 'modal',
    callback_id: CASE_FROM_MESSAGE,
    title: plain(s.m.thread.fromMessageTitle, 24),
    submit: plain(s.m.create, 24),
    close: plain(s.m.cancel, 24),
    private_metadata: JSON.stringify(at),
    blocks: [
      textInput('name', s.m.case.subject, draft.name, { optional: false }),
      textInput('description', s.m.description, draft.description.slice(0, 3000), {
        multiline: true,
      }),
      contactSearchInput(s),
    ],
  };
}
