import type { WebClient } from '@slack/web-api';

export interface UploadFile {
  filename: string;
  buffer: Buffer | Uint8Array;
  title?: string;
}

/**
 * Shares a file in a conversation with Slack's external upload flow (files.upload is retired):
 * `files.getUploadURLExternal` → POST the bytes to its `upload_url` →
 * `files.completeUploadExternal` into the channel. Throws when any step fails.
 */
export async function uploadToChannel(client: WebClient, channelId: string, file: UploadFile) {
  const bytes = Buffer.from(file.buffer);
  const started = await client.files.getUploadURLExternal({
    filename: file.filename,
    length: bytes.length,
  });
  if (!started.upload_url || !started.file_id) throw new Error('no upload_url from Slack');
  const res = await fetch(started.upload_url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: bytes,
  });
  if (!res.ok) throw new Error(`upload to Slack answered ${res.status}`);
  await client.files.completeUploadExternal({
    files: [{ id: started.file_id, title: file.title ?? file.filename }],
    channel_id: channelId,
  });
  return started.file_id;
}
