import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A message box. `error` is announced at once (role=alert); `info` and `success` politely (role=status).
 * With `focus`, it takes the focus when it appears, so keyboard and screen-reader users land on it.
 */
export function Alert({
  kind = 'info',
  children,
  focus = false,
}: {
  kind?: 'info' | 'success' | 'error' | 'warning';
  children: ReactNode;
  focus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div
      ref={ref}
      className={`alert alert--${kind}`}
      role={kind === 'error' || kind === 'warning' ? 'alert' : 'status'}
      tabIndex={focus ? -1 : undefined}
    >
      {children}
    </div>
  );
}
