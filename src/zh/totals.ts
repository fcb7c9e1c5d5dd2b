/**
 * The label of a row that adds up the rows above it, as a table in a record or an Excel register is typed: 合计 and 总计
 * total them, 小计 a part of them. Spaces typed between the two characters (合　计) and a colon after them are the same
 * label. Read by compile/tableTotals (does the row add up) and registers/checkRows (the row is no entry).
 */
export const TOTAL_LABEL = /^[合总][\s\u3000]*计[:：]?$/u;
export const SUBTOTAL_LABEL = /^小[\s\u3000]*计[:：]?$/u;
