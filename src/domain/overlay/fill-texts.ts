import { languages } from '../schemas/i18n';

const isPartialText = (value: object): value is Record<string, string> => {
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.length < languages.length &&
    keys.every(
      (k) =>
        (languages as readonly string[]).includes(k) &&
        typeof (value as Record<string, unknown>)[k] === 'string',
    )
  );
};

/**
 * A copy of `value` in which every text given in only some languages (`{ "en": "…" }`) is given
 * in all, the missing ones repeating English (or the first language given): a team writes its
 * overlay in its own language, and data/'s schemas, which want every language, still apply.
 */
export function fillTexts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fillTexts);
  if (value === null || typeof value !== 'object') return value;
  if (isPartialText(value)) {
    const given = value.en ?? Object.values(value)[0] ?? '';
    return Object.fromEntries(languages.map((l) => [l, value[l] ?? given]));
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillTexts(v)]));
}
