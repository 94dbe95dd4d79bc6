import type { Block } from './block-kit';
import { plain } from './block-kit';
import { VALUE } from './ids';

/** A one-line (or multi-line) text input block whose block_id is the field it fills. */
export function textInput(
  blockId: string,
  label: string,
  initial?: string | null,
  opts: { multiline?: boolean; optional?: boolean; hint?: string } = {},
): Block {
  return {
    type: 'input',
    block_id: blockId,
    optional: opts.optional ?? true,
    label: plain(label, 2000),
    ...(opts.hint ? { hint: plain(opts.hint, 2000) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: VALUE,
      ...(opts.multiline ? { multiline: true } : {}),
      ...(initial ? { initial_value: initial } : {}),
    },
  };
}
