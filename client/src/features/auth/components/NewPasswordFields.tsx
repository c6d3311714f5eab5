import { useI18n, type MessageKey } from '../../../i18n/i18n';
import { Field } from '../../../ui/Field';

/** The one rule for a password a person chooses: at least 8 characters, typed the same twice. */
export function newPasswordProblems(
  password: string,
  confirm: string,
): { password?: MessageKey; confirm?: MessageKey } {
  if (password.length < 8) return { password: 'register.error.passwordLength' };
  if (confirm !== password) return { confirm: 'register.error.passwordMismatch' };
  return {};
}

/** A new password and its confirmation, as both password-reset pages ask for them. */
export function NewPasswordFields({
  password,
  confirm,
  onPasswordChange,
  onConfirmChange,
  errors,
}: {
  password: string;
  confirm: string;
  onPasswordChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  errors: { password?: MessageKey | undefined; confirm?: MessageKey | undefined };
}) {
  const { t } = useI18n();
  return (
    <>
      <Field
        label={t('reset.newPassword')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(event) => onPasswordChange(event.target.value)}
        error={errors.password && t(errors.password)}
        required
      />
      <Field
        label={t('reset.newPasswordConfirm')}
        name="newPasswordConfirm"
        type="password"
        autoComplete="new-password"
        value={confirm}
        onChange={(event) => onConfirmChange(event.target.value)}
        error={errors.confirm && t(errors.confirm)}
        required
      />
    </>
  );
}
