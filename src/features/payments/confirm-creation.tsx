/** The foot of a previewed creation (a season's distributions, renewed contracts): what was made, and the button. */
export function ConfirmCreation({
  made,
  disabled,
  onConfirm,
  label,
}: {
  /** What the last confirmation made, said as a status; null before any. */
  made: string | null;
  disabled: boolean;
  onConfirm: () => void;
  label: string;
}) {
  return (
    <>
      {made !== null && (
        <p role="status" className="notice">
          {made}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={disabled} onClick={onConfirm}>
          {label}
        </button>
      </div>
    </>
  );
}
