/**
 * A text made safe to put inside a regular expression: every character with a meaning there is escaped.
 *
 * @example
 * new RegExp(`\\bso ${escapeRegExp("11-ct/tu")}\\b`) // matches "so 11-ct/tu" literally
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
