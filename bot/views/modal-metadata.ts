import { z } from 'zod';

/**
 * What a modal carries between opening and submission (Slack's private_metadata, ≤ 3000 chars):
 * where to answer (the slash command's response_url, valid 30 minutes) and, for conversion,
 * which lead and whether the duplicates were already shown.
 */
const metadata = z.object({
  responseUrl: z.string().url().optional(),
  channelId: z.string().optional(),
  leadId: z.string().optional(),
  duplicatesShown: z.boolean().optional(),
});
export type ModalMetadata = z.infer<typeof metadata>;

export const encodeMetadata = (m: ModalMetadata) => JSON.stringify(m);

export function decodeMetadata(raw: string | undefined): ModalMetadata {
  try {
    const parsed = metadata.safeParse(JSON.parse(raw || '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
