/**
 * RFC 4180 CSV: fields separated by commas, quoted with double quotes when they hold a comma, a quote or a line
 * break, quotes doubled inside quotes. Pure, so the export, the import and their tests share one reading.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCsvField).join(",")).join("\r\n") + "\r\n";
}

/**
 * What the export prefixes with an apostrophe: a first character a spreadsheet may take as the start of a formula,
 * or such a character behind apostrophes. The second case keeps the round trip exact: "'=x" is written "''=x", so
 * the import's one stripped apostrophe gives "'=x" back.
 */
const GUARDED = /^'*[=+\-@\t\r]/;

export function quoteCsvField(value: string): string {
  // A leading =, +, -, @, tab or carriage return can make a spreadsheet run the cell as a formula (OWASP's CSV
  // injection list). "-1" is guarded too: "-2+3+cmd|…" also starts with a minus and a digit. The import undoes it.
  const safe = GUARDED.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The import's reading of a guarded cell: "'=SUM…" was written for "=SUM…", "''=SUM…" for "'=SUM…". */
export function unguardFormula(value: string): string {
  return value.startsWith("'") && GUARDED.test(value.slice(1)) ? value.slice(1) : value;
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Line ${line}: ${message}`);
    this.name = "CsvSyntaxError";
  }
}

/** Parses CSV text into rows of fields; throws CsvSyntaxError naming the line of an unterminated quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let quoteStartLine = 1;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === "\n") line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === "") {
      quoted = true;
      quoteStartLine = line;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && input[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      line++;
    } else field += char;
  }
  if (quoted) throw new CsvSyntaxError(quoteStartLine, "a quoted field is never closed.");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}
