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

/** A labelled input for react-hook-form's `register(...)` (React 19 passes `ref` as a prop). */
export function TextField({
  label,
  hint,
  error,
  badge,
  ref,
  ...input
}: Described & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { ref?: Ref<HTMLInputElement> }) {
  const d = useDescribed(hint, error);
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <Label htmlFor={d.id} label={label} badge={badge} />
      <input
        ref={ref}
        id={d.id}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={d.describedBy}
        {...input}
      />
      <Messages hint={hint} hintId={d.hintId} error={error} errorId={d.errorId} />
    </div>
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
  const d = useDescribed(hint, error);
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <Label htmlFor={d.id} label={label} badge={badge} />
      <textarea
        ref={ref}
        id={d.id}
        className="field__input admin-textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={d.describedBy}
        {...input}
      />
      <Messages hint={hint} hintId={d.hintId} error={error} errorId={d.errorId} />
    </div>
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
  const d = useDescribed(hint, error);
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <Label htmlFor={d.id} label={label} badge={badge} />
      <select
        ref={ref}
        id={d.id}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={d.describedBy}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages hint={hint} hintId={d.hintId} error={error} errorId={d.errorId} />
    </div>
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
