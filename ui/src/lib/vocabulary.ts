// Helpers for the closed vocabularies the core sends (`vocabulary`): their ids are typed unions.

/** Whether `value` is one of `list`'s ids (narrowing it to the list's type). */
export function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
