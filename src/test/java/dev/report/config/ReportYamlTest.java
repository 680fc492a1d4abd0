package dev.report.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.report.ExitCode;
import dev.report.ReportException;
import dev.report.chart.WorkbookCharts;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** report.yaml: every key checked, every mistake at its line, hostile YAML refused. */
class ReportYamlTest {
  private static Settings parse(String yaml) {
    return ReportYaml.parse("report.yaml", new StringReader(yaml));
  }

  private static void fails(String yaml, String message) {
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(ReportException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(((ReportException) e).exitCode()).isEqualTo(ExitCode.USAGE));
  }

  @Test
  void readsEveryKey() {
    Settings s = parse("""
        title: Llama revenue sharing
        subtitle: Meta and its hosts
        author: Data desk
        auto_charts: false
        tables:
          - file: capex_guidance.csv
            title: Capex
            columns:
              low_usd_billion: {unit: billion USD, format: "0.0"}
        charts:
          - type: bar
            table: partners
            x: category
            title: Hosts by kind
          - type: range
            table: capex_guidance
            x: announced
            y: [low_usd_billion, high_usd_billion]
            group: fiscal_year
        """);
    assertThat(s.title()).isEqualTo("Llama revenue sharing");
    assertThat(s.subtitle()).isEqualTo("Meta and its hosts");
    assertThat(s.author()).isEqualTo("Data desk");
    assertThat(s.autoCharts()).isFalse();
    assertThat(s.tables()).singleElement().satisfies(t -> {
      assertThat(t.table()).isEqualTo("capex_guidance.csv");
      assertThat(t.title()).isEqualTo("Capex");
      assertThat(t.line()).isEqualTo(6);
      assertThat(t.columns().get("low_usd_billion"))
          .isEqualTo(new Settings.ColumnSettings("billion USD", "0.0", 9));
    });
    assertThat(s.charts()).containsExactly(
        new Settings.ChartSpec(Settings.ChartType.BAR, "partners", "category", List.of(), "",
            "Hosts by kind", 11),
        new Settings.ChartSpec(Settings.ChartType.RANGE, "capex_guidance", "announced",
            List.of("low_usd_billion", "high_usd_billion"), "fiscal_year", "", 15));
  }

  @Test
  void anEmptyFileMeansTheDefaults() {
    assertThat(parse("")).isEqualTo(Settings.DEFAULT);
  }

  @Test
  void unknownKeysAreNamedWithTheirLineAndTheClosestKnownKey() {
    fails("title: X\nsubtitel: Y\n", "report.yaml:2: unknown key \"subtitel\" in the top level; "
        + "did you mean \"subtitle\"? (known: author, auto_charts, charts, subtitle, tables, title, workbook_charts)");
    fails("charts:\n  - type: bar\n    table: t\n    x: a\n    colour: red\n",
        "report.yaml:5: unknown key \"colour\" in a chart (known: aggregate, group, marker, series, "
            + "size, sort, subtitle, table, title, top, type, unit, x, y)");
  }

  @Test
  void skipIsTrueOrFalseAndKnownToTheDidYouMean() {
    assertThat(parse("tables:\n  - file: t.csv\n    skip: true\n").tables().get(0).skip())
        .isTrue();
    assertThat(parse("tables:\n  - file: t.csv\n    skip: False\n").tables().get(0).skip())
        .isFalse();
    assertThat(parse("tables:\n  - file: t.csv\n").tables().get(0).skip()).isFalse();
    fails("tables:\n  - file: t.csv\n    skip: yes please\n", "report.yaml:3: \"skip\" must be"
        + " true (the table is not read) or false, not \"yes please\"");
    fails("tables:\n  - file: t.csv\n    skp: true\n", "report.yaml:3: unknown key \"skp\" in a"
        + " table; did you mean \"skip\"? (known: columns, file, key, skip, title)");
  }

  @Test
  void keyIsANameOrAListOfNamesAndKnownToTheDidYouMean() {
    assertThat(parse("tables:\n  - file: t.csv\n    key: id\n").tables().get(0).key())
        .isEqualTo(new Settings.Key(List.of("id"), 3));
    assertThat(parse("tables:\n  - file: t.csv\n    key: [fiscal_year, kind]\n").tables().get(0)
        .key()).isEqualTo(new Settings.Key(List.of("fiscal_year", "kind"), 3));
    assertThat(parse("tables:\n  - file: t.csv\n    key: ~\n").tables().get(0).key())
        .isEqualTo(Settings.Key.NONE);
    fails("tables:\n  - file: t.csv\n    key: \"\"\n", "report.yaml:3: \"key\" names no column:"
        + " give the column, or the columns, whose values identify a record (key: id, or key:"
        + " [fiscal_year, kind]), or leave it out");
    fails("tables:\n  - file: t.csv\n    key:\n      - [a, b]\n", "report.yaml:4: each name in"
        + " \"key\" must be a single value");
    fails("tables:\n  - file: t.csv\n    keys: id\n", "report.yaml:3: unknown key \"keys\" in a"
        + " table; did you mean \"key\"? (known: columns, file, key, skip, title)");
  }

  @Test
  void badValuesSayWhatIsExpected() {
    fails("charts: bar\n", "report.yaml:1: \"charts\" must be a list (items start with \"- \")");
    fails("charts:\n  - type: pie\n    table: t\n    x: a\n",
        "report.yaml:2: chart type \"pie\" is not one of bar, stacked, line, range, timeline");
    fails("charts:\n  - type: lin\n    table: t\n    x: a\n",
        "report.yaml:2: chart type \"lin\" is not one of bar, stacked, line, range, timeline; "
            + "did you mean \"line\"?");
    fails("charts:\n  - type: bar\n    x: a\n", "report.yaml:2: a chart needs \"table\": the file or"
        + " table it draws, such as partners.csv");
    fails("charts:\n  - table: t\n    x: a\n", "report.yaml:2: a chart needs \"type\": bar, stacked,"
        + " line, range or timeline");
    fails("charts:\n  - {type: line, table: t}\n", "report.yaml:2: a chart needs \"x\": the column"
        + " along the bottom axis (a date column for line, range and timeline)");
    fails("auto_charts: maybe\n", "report.yaml:1: \"auto_charts\" must be true or false, not \"maybe\"");
    fails("workbook_charts: pictures\n", "report.yaml:1: \"workbook_charts\" must be native,"
        + " picture or both, not \"pictures\"");
    fails("title: [a, b]\n", "report.yaml:1: \"title\" must be a single value");
  }

  @Test
  void workbookChartsIsNativeUnlessPictureOrBothIsAsked() {
    assertThat(parse("title: X\n").workbookCharts()).isEqualTo(WorkbookCharts.NATIVE);
    assertThat(Settings.DEFAULT.workbookCharts()).isEqualTo(WorkbookCharts.NATIVE);
    assertThat(parse("workbook_charts: picture\n").workbookCharts())
        .isEqualTo(WorkbookCharts.PICTURE);
    assertThat(parse("workbook_charts: Both\n").workbookCharts()).isEqualTo(WorkbookCharts.BOTH);
  }

  @Test
  void brokenYamlIsAUsageErrorAtItsLine() {
    assertThatThrownBy(() -> parse("title: X\n  : : [\n"))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith("report.yaml:2: not valid YAML: ");
  }

  @Test
  void aliasBombsAreRefusedNotExpanded() {
    StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      y.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p)
          .append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
    }
    assertThatThrownBy(() -> parse(y.toString()))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("report.yaml")
        .hasMessageContaining("aliases");
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "title: " + "[".repeat(100) + "]".repeat(100) + "\n";
    assertThatThrownBy(() -> parse(deep))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("report.yaml")
        .hasMessageContaining("Nesting Depth exceeded");
  }

  @Test
  void didYouMeanFoldsCaseAndSpacing() {
    assertThat(Names.closest("Nvdia", List.of("AWS", "Nvidia", "Groq"))).isEqualTo("Nvidia");
    assertThat(Names.closest("low usd billion", List.of("low_usd_billion", "high_usd_billion")))
        .isEqualTo("low_usd_billion");
    assertThat(Names.closest("weather", List.of("AWS", "Nvidia"))).isNull();
  }

  /** A key given twice was read as its last value, silently (issue 19, item 22). */
  @Test
  void aKeyGivenTwiceIsRefusedAtItsSecondLine() {
    fails("title: A\nsubtitle: S\ntitle: B\n",
        "report.yaml:3: \"title\" is given twice in the top level (first at line 1): keep one");
    fails("charts:\n  - type: bar\n    table: t\n    x: a\n    x: b\n",
        "report.yaml:5: \"x\" is given twice in a chart (first at line 4): keep one");
  }

  /** A number format Excel cannot read made the column print blank, with exit 0. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      [Red            | the "[" at character 1 is not closed
      0.0"abc         | the quote (") at character 4 is not closed
      0.0]            | the "]" at character 4 closes no "["
      [Rouge]0.0      | [Rouge] is not a colour, a condition such as [>100], a currency such as [$€-x] or elapsed time such as [h]
      0;0;0;0;0       | it has 5 sections; Excel reads at most 4 (positive;negative;zero;text)
      0.0\\          | it ends with "\\", which needs a character after it
      #,##0_          | it ends with "_", which needs a character after it
      """)
  void aNumberFormatExcelCannotReadIsRefusedAtItsLine(String format, String why) {
    fails("""
        tables:
          - file: spend.csv
            columns:
              amount:
                unit: USD
                format: '%s'
        """.formatted(format), "report.yaml:6: format \"" + format + "\" of column \"amount\" is"
        + " not an Excel number format: " + why
        + " (formats look like \"#,##0.00\", \"0.0%\" or \"yyyy-mm-dd\")");
  }

  /** A unit alone, with no format, was an internal error (POI refuses the empty format). */
  @Test
  void aColumnWithAUnitAndNoFormatIsRead() {
    Settings s = parse("""
        tables:
          - file: capex_guidance.csv
            columns:
              low_usd_billion: {unit: USD bn}
        """);
    assertThat(s.tables().get(0).columns().get("low_usd_billion"))
        .isEqualTo(new Settings.ColumnSettings("USD bn", "", 4));
  }

  @Test
  void aColumnsAggregateIsSumMeanLatestOrNoneAndAnotherWordIsRefusedWithTheChoices() {
    Settings s = parse("""
        tables:
          - file: capex_guidance.csv
            columns:
              low_usd_billion: {unit: USD bn, aggregate: Latest}
              spent: {aggregate: none}
              price: {format: "0.0"}
        """);
    var columns = s.tables().get(0).columns();
    assertThat(columns.get("low_usd_billion").aggregate()).isEqualTo("latest");
    assertThat(columns.get("spent").aggregate()).isEqualTo("none");
    assertThat(columns.get("price").aggregate()).isEmpty();
    fails("""
        tables:
          - file: capex_guidance.csv
            columns:
              low_usd_billion:
                aggregate: lastest
        """, "report.yaml:5: aggregate \"lastest\" of column \"low_usd_billion\" is not one of"
        + " sum, mean, latest, none; did you mean \"latest\"?");
    fails("""
        tables:
          - file: capex_guidance.csv
            columns:
              amount: {aggregate: total}
        """, "report.yaml:4: aggregate \"total\" of column \"amount\" is not one of"
        + " sum, mean, latest, none");
    fails("""
        tables:
          - file: t.csv
            columns:
              amount: {agregate: sum}
        """, "report.yaml:4: unknown key \"agregate\" in column \"amount\"; did you mean"
        + " \"aggregate\"? (known: aggregate, format, unit)");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"#,##0.00", "0.0%", "yyyy-mm-dd",
      "[Red]0.0", "#,##0;[Red]-#,##0", "[$€-x]#,##0.00", "[h]:mm", "0.00E+00", "[>100]0;0", "@",
      "General", "0.0\" bn\"", "\\€0", "_(#,##0_);(#,##0)", "dd/mm/yyyy hh:mm", "[Color10]0",
      "#,##0;-#,##0;\"-\";@"})
  void formatsExcelReadsAreKept(String format) {
    Settings s = parse("""
        tables:
          - file: spend.csv
            columns:
              amount: {format: '%s'}
        """.formatted(format));
    assertThat(s.tables().get(0).columns().get("amount").format()).isEqualTo(format);
  }

  /** null, ~ or nothing is as if the key were absent; it had become the text "null" or "~". */
  @Test
  void aNullValueIsAnAbsentOne() {
    Settings s = parse("title: A\nsubtitle: null\nauthor: ~\n");
    assertThat(s.title()).isEqualTo("A");
    assertThat(s.subtitle()).isEqualTo(parse("title: A\n").subtitle());
    assertThat(s.author()).isEqualTo(parse("title: A\n").author());
    Settings chart = parse("charts:\n  - type: bar\n    table: t\n    x: a\n    y: null\n");
    assertThat(chart.charts()).singleElement()
        .satisfies(c -> assertThat(c.y()).isEmpty());
  }
}
