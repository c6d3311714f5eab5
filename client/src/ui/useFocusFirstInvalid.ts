import { useEffect, useRef, type RefObject } from 'react';

/**
 * After a submit found mistakes, moves the focus (and so the scroll) to the first invalid field: on a
 * phone the errors are otherwise out of sight, and a screen reader reads the field with its error.
 * Call `focusFirstInvalid()` once the errors are set; the focus moves after React has drawn them.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>) {
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  });
  return () => {
    pending.current = true;
  };
}
