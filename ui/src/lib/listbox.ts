// The keyboard and ARIA logic shared by the comboboxes (SiteCombobox, PersonPicker): a text input
// that owns a popup listbox and points at the highlighted option with aria-activedescendant
// (ARIA APG "list autocomplete with manual selection"). Pure functions, so that the rules are
// tested once here and each combobox keeps only what differs (what is searched, what a pick does).

/** Whether the popup is shown and which option is highlighted (-1: none). */
export type ListboxState = { open: boolean; active: number };

export const CLOSED: ListboxState = { open: false, active: -1 };

/** The keys of a keyboard event that matter here (a KeyboardEvent fits). */
export type ListboxKey = { key: string; ctrlKey: boolean; metaKey: boolean };

/**
 * What a key in the input does: the next state, and what the combobox must do on top of it:
 * `pick` — take the highlighted option, or else its own candidate (e.g. the first match);
 * `clear` — empty the input (the list is already closed).
 * The caller prevents the key's default action whenever a step is returned.
 */
export type ListboxStep = ListboxState & { then?: 'pick' | 'clear' };

export const listboxId = (id: string): string => `${id}-listbox`;
export const optionId = (id: string, index: number): string => `${id}-option-${index}`;

/** aria-activedescendant of the input: the highlighted option while the list is shown. */
export function activeDescendant(id: string, expanded: boolean, active: number): string | undefined {
  return expanded && active >= 0 ? optionId(id, active) : undefined;
}

/**
 * The step for `event` in the input, with `count` options listed and `text` typed, or null when
 * the key is not the listbox's (it is then left to the browser and the surrounding form: Tab,
 * Ctrl+Enter, the arrows with Ctrl/Meta or without options, …).
 *
 * ArrowDown opens the list on the highlighted option (else the first) and then moves down;
 * ArrowUp moves up; both wrap around. Enter picks (and never submits the form). Escape closes an
 * open list, else clears the text.
 */
export function listboxKey(event: ListboxKey, state: ListboxState, count: number, text: string): ListboxStep | null {
  const modified = event.ctrlKey || event.metaKey;
  const { open, active } = state;
  switch (event.key) {
    case 'ArrowDown':
      if (modified || count === 0) return null;
      if (!open) return { open: true, active: active >= 0 ? active : 0 };
      return { open: true, active: active + 1 >= count ? 0 : active + 1 };
    case 'ArrowUp':
      if (modified || count === 0) return null;
      return { open: true, active: active <= 0 ? count - 1 : active - 1 };
    case 'Enter':
      if (modified) return null;
      return { open, active, then: 'pick' };
    case 'Escape':
      if (open) return { ...CLOSED };
      if (text !== '') return { open, active, then: 'clear' };
      return null;
    default:
      return null;
  }
}

/** The highlighted option of `items` while the list is open, if any. */
export function highlighted<T>(state: ListboxState, items: readonly T[]): T | undefined {
  return state.open && state.active >= 0 && state.active < items.length ? items[state.active] : undefined;
}
