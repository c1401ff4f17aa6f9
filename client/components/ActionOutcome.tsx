/**
 * What a button's action said: a notice for screen readers and sighted users
 * alike (the live region stays in the page, so the next notice is read
 * out), and the server's refusal, if any, as an alert.
 */
export function ActionOutcome({ notice, error }: { notice: string; error: string | null }) {
  return (
    <>
      <p className={notice ? "notice" : "visually-hidden"} role="status">
        {notice}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
