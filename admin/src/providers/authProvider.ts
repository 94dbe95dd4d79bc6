import type { AuthProvider, UserIdentity } from 'react-admin';
import { API_URL, httpClient, isHttpError, tokenStore } from './httpClient';
import { isAllowed, type Permissions } from './permissions';

export interface CurrentUser {
  id: string;
  name: string;
  emailAddress: string;
  isAdmin: boolean;
  [key: string]: unknown;
}

interface Me {
  user: CurrentUser;
  permissions: Permissions;
}

let me: Promise<Me> | null = null;

/** GET /api/auth/me once per session; identity and permissions both come from it. */
const fetchMe = (): Promise<Me> => {
  if (!me) {
    me = httpClient(`${API_URL}/auth/me`).then(({ json }) => json as Me);
    me.catch(() => {
      me = null;
    });
  }
  return me;
};

/** The logged-in user (cached with the permissions). */
export const currentUser = async (): Promise<CurrentUser> => (await fetchMe()).user;

export const authProvider: AuthProvider = {
  login: async (params: { email?: string; username?: string; password: string }) => {
    const email = params.email ?? params.username;
    const { json } = await httpClient(`${API_URL}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ email, password: params.password }),
    });
    const { token } = json as { token: string; user: CurrentUser };
    tokenStore.set(token);
    me = null;
  },
  logout: async () => {
    const hadToken = tokenStore.get() !== null;
    if (hadToken) {
      await httpClient(`${API_URL}/auth/logout`, { method: 'POST' }).catch(() => undefined);
    }
    tokenStore.clear();
    me = null;
  },
  checkAuth: async () => {
    if (!tokenStore.get()) throw { message: false };
  },
  checkError: async (error: unknown) => {
    const status = isHttpError(error) ? error.status : (error as { status?: number })?.status;
    if (status === 401) {
      tokenStore.clear();
      me = null;
      throw { message: false };
    }
    // 403 means "not allowed here", not "logged out": stay.
  },
  getIdentity: async (): Promise<UserIdentity> => {
    if (!tokenStore.get()) throw { message: false };
    const { user } = await fetchMe();
    return { ...user, id: user.id, fullName: user.name };
  },
  getPermissions: async () => (tokenStore.get() ? (await fetchMe()).permissions : undefined),
  canAccess: async ({ resource, action }) => {
    if (!tokenStore.get()) return false;
    try {
      const { permissions } = await fetchMe();
      return isAllowed(permissions, resource, action);
    } catch (error) {
      if (!isHttpError(error) || error.status !== 401) throw error;
      // Expired session: react-admin does not log out on canAccess errors, so do it here.
      tokenStore.clear();
      window.location.hash = '#/login';
      return false;
    }
  },
};
