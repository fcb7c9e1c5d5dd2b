/** Limits that keep any record's reading bounded (README, "Safety"). */

/** Bytes of a record file. */
export const MAX_RECORD_BYTES = 4 * 2 ** 20;
/** Values a record may hold once its YAML aliases (*name) are expanded: a handful of aliases can otherwise stand for billions. */
export const MAX_RECORD_NODES = 200_000;
/** Nesting of lists and mappings. */
export const MAX_RECORD_DEPTH = 64;
