/** Values a message's placeholders take: text, or numbers that plurals and number formats read. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * One locale's compiled messages (scripts/compile-messages.mjs): key → function of its values.
 * Keys are plain strings here so that a generated module can be typed without naming every key;
 * `t()` narrows them to `MessageKey`.
 */
export type Catalog = Readonly<Record<string, (values: MessageValues) => string>>;
