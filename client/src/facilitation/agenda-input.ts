/** A time box typed in a form: whole minutes the server accepts (1 to 600), or null for none. */
export function parseMinutes(value: string): number | null {
  const minutes = Number(value);
  return value.trim() !== '' && Number.isInteger(minutes) && minutes >= 1 && minutes <= 600 ? minutes : null;
}
