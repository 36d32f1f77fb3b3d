/**
 * The most characters one Google Sheets cell holds (https://support.google.com/drive/answer/37603: "50,000 characters
 * in a single cell"); writing more throws. Text bound for a cell is checked against it before anything is written.
 */
export const CELL_CHARS_LIMIT = 50000;
