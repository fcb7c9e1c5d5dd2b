/**
 * Characters that would act on the terminal rather than show (ESC starts colour and cursor
 * sequences, BEL rings, CR overwrites the line; C1 controls; the bidirectional overrides that
 * reorder what is shown): text from a record or a file name never reaches the terminal raw.
 */
const UNSHOWABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** In a message: the character as an escape anyone can read, \x1B or \u202E. */
export function showText(text: string): string {
  return text.replace(UNSHOWABLE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`;
  });
}

/** In a code frame: one visible character for one, so that columns stay where they are (␛ for ESC). */
export function showSource(text: string): string {
  return text.replace(UNSHOWABLE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}
