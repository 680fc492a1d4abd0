package dev.report.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sheet names in references as Excel writes them: quoted only where they must be. */
class A1Test {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    // Letters, digits, _ and . alone: as they are.
    "Capex | Capex",
    "Sales_2024 | Sales_2024",
    "v1.2 | v1.2",
    "Données | Données",
    "Sheet1 | Sheet1",
    // Anything else: quoted, a ' inside doubled.
    "Q1 capex | 'Q1 capex'",
    "a-b | 'a-b'",
    "It's | 'It''s'",
    "\"O'Neil & Co\" | \"'O''Neil & Co'\"",
    // A name that reads as a cell reference (up to XFD1048576) or starts with a digit: quoted.
    "A1 | 'A1'",
    "FY2024 | 'FY2024'",
    "XFD1048576 | 'XFD1048576'",
    "R1C1 | 'R1C1'",
    "2024 | '2024'",
    // Past the last column: a name.
    "XFE1 | XFE1",
  })
  void aSheetIsQuotedOnlyWhereExcelQuotesIt(String name, String written) {
    assertThat(A1.sheetAsWritten(name)).isEqualTo(written);
  }
}
