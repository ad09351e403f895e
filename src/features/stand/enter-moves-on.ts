import type { KeyboardEvent } from 'react';

// The fields a phone's keyboard types into, where the browser turns Enter into "submit the form".
const TYPED_FIELD = 'input:not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"])';

/**
 * Enter in a typed field goes on to the next one, as the keyboard's "next" key promises, instead of saving a
 * half-filled form and showing its errors; in the last one (or on the button) it saves.
 */
export function enterMovesOn(event: KeyboardEvent<HTMLFormElement>): void {
  const field = event.target;
  if (event.key !== 'Enter' || event.nativeEvent.isComposing || !(field instanceof HTMLInputElement) || !field.matches(TYPED_FIELD)) return;
  const fields = [...event.currentTarget.querySelectorAll<HTMLInputElement>(TYPED_FIELD)];
  const next = fields[fields.indexOf(field) + 1];
  if (next === undefined) return;
  event.preventDefault();
  next.focus();
}
