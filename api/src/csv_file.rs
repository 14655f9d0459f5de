//! The one CSV writer: every CSV the API serves (the ledger export, the ranking) is written
//! here, with the `csv` crate (RFC 4180: quoted where needed, CRLF line ends, UTF-8).
//!
//! Every free-text cell, anything a person typed (a title, an organisation's name, a transfer's
//! reference, an actor), is defused: a cell that a spreadsheet would run as a formula, because
//! it starts with `=`, `+`, `-`, `@`, a tab or a carriage return, gets a leading `'` (OWASP
//! "CSV injection"). Values the system makes (ids, numbers, amounts, codes, instants) are
//! written as they are, so that "-" in them is never touched.

use std::borrow::Cow;

use crate::error::ApiError;

/// The media type of every CSV the API serves.
pub const CSV_MEDIA_TYPE: &str = "text/csv; charset=utf-8";

/// One cell of a row.
#[derive(Debug, Clone)]
pub enum Cell<'a> {
    /// What a person typed: defused.
    Text(&'a str),
    /// What the system made: written as it is.
    Value(String),
}

impl Cell<'_> {
    /// A value the system made, through its `Display`.
    pub fn value(v: impl std::fmt::Display) -> Cell<'static> {
        Cell::Value(v.to_string())
    }

    /// The cell's text as it is, not defused (for formats that never run text as a formula).
    pub fn raw(&self) -> &str {
        match self {
            Cell::Text(text) => text,
            Cell::Value(value) => value,
        }
    }

    /// An optional value; empty when absent.
    pub fn opt(v: Option<impl std::fmt::Display>) -> Cell<'static> {
        Cell::Value(v.map(|v| v.to_string()).unwrap_or_default())
    }
}

/// Text a spreadsheet would take for a formula, with a leading `'`.
pub fn defuse(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// A CSV file being written in memory: a header row, then rows of cells.
pub struct CsvFile {
    writer: csv::Writer<Vec<u8>>,
}

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::Internal(format!("csv: {e}"))
}

impl CsvFile {
    /// A file with its header row.
    pub fn new(header: &[&str]) -> Result<CsvFile, ApiError> {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        writer.write_record(header).map_err(internal)?;
        Ok(CsvFile { writer })
    }

    /// One row; free text is defused.
    pub fn row<'a>(&mut self, cells: impl IntoIterator<Item = Cell<'a>>) -> Result<(), ApiError> {
        let cells: Vec<Cow<'_, str>> = cells
            .into_iter()
            .map(|cell| match cell {
                Cell::Text(text) => defuse(text),
                Cell::Value(value) => Cow::Owned(value),
            })
            .collect();
        self.writer
            .write_record(cells.iter().map(|c| c.as_bytes()))
            .map_err(internal)
    }

    /// The file's bytes.
    pub fn into_bytes(self) -> Result<Vec<u8>, ApiError> {
        self.writer.into_inner().map_err(internal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(rows: Vec<Vec<Cell<'_>>>) -> String {
        let mut file = CsvFile::new(&["a", "b"]).unwrap();
        for row in rows {
            file.row(row).unwrap();
        }
        String::from_utf8(file.into_bytes().unwrap()).unwrap()
    }

    #[test]
    fn free_text_that_a_spreadsheet_would_run_is_defused_and_values_are_not() {
        let text = written(vec![
            vec![
                Cell::Text("=HYPERLINK(\"http://x\",\"y\")"),
                Cell::value("-12.50"),
            ],
            vec![Cell::Text("+1"), Cell::Text("@SUM(A1)")],
            vec![Cell::Text("-2"), Cell::Text("\tTab")],
            vec![Cell::Text("Stad Genk"), Cell::opt(None::<u8>)],
        ]);
        assert_eq!(
            text,
            "a,b\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-12.50\r\n'+1,'@SUM(A1)\r\n\
             '-2,'\tTab\r\nStad Genk,\r\n"
        );
    }

    #[test]
    fn commas_quotes_and_line_breaks_are_quoted() {
        let text = written(vec![vec![Cell::Text("a, \"b\"\nc"), Cell::value(1)]]);
        assert_eq!(text, "a,b\r\n\"a, \"\"b\"\"\nc\",1\r\n");
    }
}
