// Private to lib/data: where a file is not UTF-8. TextDecoder says only that it is not; to name
// the line and the byte, each line is decoded with replacement and encoded back, and the first
// byte that does not come back is the first invalid one.

/** A line holding bytes that are not UTF-8. */
export interface BadUtf8Line {
  /** The 1-based line. */
  line: number;
  /** The line decoded with U+FFFD for each invalid sequence. */
  text: string;
  /** The first invalid byte. */
  byte: number;
  /** Its 1-based position in the line, in bytes. */
  offset: number;
}

/** Decodes UTF-8 (a leading byte-order mark is dropped), or returns the lines that are not. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { bad: Generator<BadUtf8Line> } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return { bad: badLines(bytes) };
  }
}

function* badLines(bytes: Uint8Array): Generator<BadUtf8Line> {
  const fatal = new TextDecoder("utf-8", { fatal: true });
  const lenient = new TextDecoder("utf-8");
  const encoder = new TextEncoder();
  let start = 0;
  for (let line = 1; start < bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const slice = bytes.subarray(start, end === -1 ? bytes.length : end);
    start = end === -1 ? bytes.length : end + 1;
    try {
      fatal.decode(slice);
      continue;
    } catch {
      const text = lenient.decode(slice);
      const back = encoder.encode(text);
      let i = 0;
      while (i < slice.length && back[i] === slice[i]) i++;
      yield { line, text, byte: slice[i], offset: i + 1 };
    }
  }
}
