import { Login, LoginForm, required, TextInput, useTranslate } from 'react-admin';

/**
 * react-admin's login page with an e-mail field (the API expects {email, password}). A plain
 * password input, without the show/hide toggle, keeps "Password" a unique label.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <LoginForm>
        <TextInput
          autoFocus
          source="email"
          type="email"
          label={translate('ra.auth.email', { _: 'Email' })}
          autoComplete="email"
          validate={required()}
        />
        <TextInput
          source="password"
          type="password"
          label={translate('ra.auth.password', { _: 'Password' })}
          autoComplete="current-password"
          validate={required()}
        />
      </LoginForm>
    </Login>
  );
};
