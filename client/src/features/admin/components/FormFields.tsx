import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface Described {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the field and announced with it (aria-describedby, aria-invalid). */
  error?: string | undefined;
  /** "必須" / "任意" after the label */
  badge?: string;
}

function useDescribed(hint: ReactNode, error: string | undefined) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return {
    id,
    hintId,
    errorId,
    describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined,
  };
}

function Label({ htmlFor, label, badge }: { htmlFor: string; label: ReactNode; badge?: string }) {
  return (
    <label htmlFor={htmlFor} className="field__label">
      {label}
      {badge && <span className="field__badge">{badge}</span>}
    </label>
  );
}

function Messages({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint: ReactNode;
  hintId?: string;
  error?: string;
  errorId?: string;
}) {
  return (
    <>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </>
  );
}

/** What the control inside a `Field` takes so the label, hint and error belong to it. */
interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The frame every labelled control shares: label (and badge), the control, then its hint and error. */
function Field({
  label,
  hint,
  error,
  badge,
  children,
}: Described & { children: (control: ControlProps) => ReactNode }) {
  const d = useDescribed(hint, error);
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <Label htmlFor={d.id} label={label} badge={badge} />
      {children({ id: d.id, 'aria-invalid': error ? true : undefined, 'aria-describedby': d.describedBy })}
      <Messages hint={hint} hintId={d.hintId} error={error} errorId={d.errorId} />
    </div>
  );
}

/** A labelled input for react-hook-form's `register(...)` (React 19 passes `ref` as a prop). */
export function TextField({
  label,
  hint,
  error,
  badge,
  ref,
  ...input
}: Described & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { ref?: Ref<HTMLInputElement> }) {
  return (
    <Field label={label} hint={hint} error={error} badge={badge}>
      {(control) => <input ref={ref} className="field__input" {...control} {...input} />}
    </Field>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  badge,
  ref,
  ...input
}: Described & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & { ref?: Ref<HTMLTextAreaElement> }) {
  return (
    <Field label={label} hint={hint} error={error} badge={badge}>
      {(control) => <textarea ref={ref} className="field__input admin-textarea" {...control} {...input} />}
    </Field>
  );
}

export function SelectField({
  label,
  hint,
  error,
  badge,
  ref,
  options,
  ...select
}: Described &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
    ref?: Ref<HTMLSelectElement>;
    options: { value: string; label: string }[];
  }) {
  return (
    <Field label={label} hint={hint} error={error} badge={badge}>
      {(control) => (
        <select ref={ref} className="field__input" {...control} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Radio buttons in a fieldset; `inputProps` is react-hook-form's `register(name)`. */
export function RadioGroup({
  legend,
  hint,
  error,
  options,
  inputProps,
  inline = false,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: { value: string; label: string }[];
  inputProps: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
  inline?: boolean;
}) {
  const d = useDescribed(hint, error);
  return (
    <fieldset
      className={`choice${inline ? ' choice--inline' : ''}${error ? ' field--invalid' : ''}`}
      aria-describedby={d.describedBy}
    >
      <legend className="field__label">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="choice__option">
          <input type="radio" value={o.value} {...inputProps} />
          {o.label}
        </label>
      ))}
      <Messages hint={hint} hintId={d.hintId} error={error} errorId={d.errorId} />
    </fieldset>
  );
}

export function CheckboxField({
  label,
  hint,
  error,
  ref,
  ...input
}: { label: ReactNode; hint?: ReactNode; error?: string | undefined } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type'
> & {
    ref?: Ref<HTMLInputElement>;
  }) {
  const d = useDescribed(hint, error);
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="checkbox">
        <input
          ref={ref}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={d.describedBy}
          {...input}
        />
        {label}
      </label>
      <Messages hint={hint} hintId={d.hintId} error={error} errorId={d.errorId} />
    </div>
  );
}
