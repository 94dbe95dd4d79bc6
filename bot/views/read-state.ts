import type { types, ViewOutput } from '@slack/bolt';

type StateValue = ViewOutput['state']['values'][string][string];

/** The submitted value of one input block (by block id), whatever its element. */
export function stateOf(view: ViewOutput, blockId: string): StateValue | undefined {
  const block = view.state.values[blockId];
  return block ? Object.values(block)[0] : undefined;
}

/** A text input's trimmed value; undefined when empty. */
export function textOf(view: ViewOutput, blockId: string): string | undefined {
  const v = stateOf(view, blockId)?.value?.trim();
  return v ? v : undefined;
}

export const selectedOf = (view: ViewOutput, blockId: string) =>
  stateOf(view, blockId)?.selected_option ?? undefined;

export const selectedManyOf = (view: ViewOutput, blockId: string): types.PlainTextOption[] =>
  (stateOf(view, blockId)?.selected_options ?? []) as types.PlainTextOption[];

export const dateOf = (view: ViewOutput, blockId: string) =>
  stateOf(view, blockId)?.selected_date ?? undefined;

/**
 * Field errors for `response_action: errors`: each on its own input block when the modal has
 * one, the others gathered on `fallbackBlock`.
 */
export function errorsOnBlocks(
  view: ViewOutput,
  errors: Record<string, string>,
  fallbackBlock: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, why] of Object.entries(errors)) {
    const block = field in view.state.values ? field : fallbackBlock;
    out[block] = out[block] ? `${out[block]} ${why}` : why;
  }
  return out;
}
