import type { ViewOutput } from '@slack/bolt';
import { type DomainError, Invalid } from '../../server/domain/errors';
import type { Speech } from '../i18n';
import { describeDomainError, fieldErrors } from '../i18n/domain-errors';
import { errorsOnBlocks } from '../views/read-state';

/**
 * What the domain refused when a case modal was submitted, on the modal's own blocks: each invalid
 * field on its block, anything else (no right, not found) on the name.
 */
export function caseFormErrors(
  view: ViewOutput,
  e: DomainError,
  s: Speech,
): Record<string, string> {
  return e instanceof Invalid
    ? errorsOnBlocks(view, fieldErrors(e, s), 'name')
    : { name: describeDomainError(e, s, s.m.case.what) ?? s.m.somethingWrong };
}
