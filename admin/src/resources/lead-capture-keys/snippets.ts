const SAMPLE: Record<string, string> = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  emailAddress: 'ada@example.com',
  phoneNumber: '+33 1 23 45 67 89',
  accountName: 'Analytical Engines',
  description: 'Please call me back',
};

export const captureUrl = (apiKey: string) =>
  `${window.location.origin}/api/lead-capture/${encodeURIComponent(apiKey)}`;

const fieldsOrDefault = (fields: string[] | undefined) =>
  fields?.length ? fields : ['firstName', 'lastName', 'emailAddress'];

export const curlSnippet = (apiKey: string, fields: string[] | undefined) => {
  const body = Object.fromEntries(fieldsOrDefault(fields).map((f) => [f, SAMPLE[f] ?? '…']));
  return [
    `curl -X POST '${captureUrl(apiKey)}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '${JSON.stringify(body)}'`,
  ].join('\n');
};

export const htmlSnippet = (apiKey: string, fields: string[] | undefined) =>
  [
    `<form action="${captureUrl(apiKey)}" method="POST">`,
    ...fieldsOrDefault(fields).map(
      (f) =>
        `  <label>${f} <input name="${f}"${f === 'emailAddress' ? ' type="email"' : ''}></label>`,
    ),
    '  <button type="submit">Send</button>',
    '</form>',
  ].join('\n');
