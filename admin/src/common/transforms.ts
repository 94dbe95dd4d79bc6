import type { RaRecord } from 'react-admin';

const READ_ONLY = ['id', 'number', 'createdAt', 'modifiedAt', 'streamUpdatedAt'];

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

/** For Create: leave empty inputs out, so the server applies its defaults. */
export const dropEmpty = <T extends Record<string, unknown>>(data: T): Partial<T> =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => !isEmpty(value))) as Partial<T>;

const same = (a: unknown, b: unknown) =>
  (isEmpty(a) && isEmpty(b)) || JSON.stringify(a) === JSON.stringify(b);

/**
 * For Edit: PUT only what the user changed (the protocol's update is partial), so the server
 * can tell a hand-set probability from an untouched one and never sees read-only fields.
 */
export const onlyChanged = <T extends Record<string, unknown>>(
  data: T,
  options?: { previousData?: RaRecord },
): Partial<T> => {
  const previous = (options?.previousData ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(data).filter(
      ([key, value]) => !READ_ONLY.includes(key) && !same(value, previous[key]),
    ),
  ) as Partial<T>;
};
