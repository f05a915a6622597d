// The keys every entry form shares, so that a worker's hands learn them once.

export type FormKeyActions = {
  /** Ctrl+Enter (or Cmd+Enter) saves from anywhere in the form, the note included. */
  save: () => void;
  /** Escape cancels, unless a part of the form (the person picker) has used it already. */
  cancel?: () => void;
  /**
   * A plain Enter in a one-line field is ignored, so a half-filled form is not sent by accident
   * (the forms that log many fields at once); otherwise it submits as usual.
   */
  guardEnter?: boolean;
};

/** The form's keydown handler: `onkeydown={(e) => formKeys(e, { save, cancel })}`. */
export function formKeys(event: KeyboardEvent, { save, cancel, guardEnter = false }: FormKeyActions): void {
  if (event.key === 'Enter') {
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      save();
    } else if (guardEnter && event.target instanceof HTMLInputElement) {
      event.preventDefault();
    }
  } else if (event.key === 'Escape' && cancel && !event.defaultPrevented) {
    event.preventDefault();
    cancel();
  }
}
