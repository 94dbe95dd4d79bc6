import type { RespondFn } from '@slack/bolt';
import type { Message } from '../views/block-kit';

/** Answers a command or a button only to the person who used it. */
export const ephemeral = (respond: RespondFn, m: Message) =>
  respond({ response_type: 'ephemeral', replace_original: false, text: m.text, blocks: m.blocks });
