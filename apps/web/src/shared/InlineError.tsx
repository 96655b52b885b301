/** A short error said right under the button that failed (the kit has no inline message). */
export function InlineError({ children }: { children: string }) {
  return (
    <p className="form-error" role="alert">
      {children}
    </p>
  );
}
