package dev.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.check.Issue;
import dev.report.check.Rule;
import dev.report.check.TableChecker;
import dev.report.read.ColumnType;
import dev.report.read.Value;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, the class of items 5, 6, 7 and 17: a value is read as a number only when it is
 * unambiguous; otherwise it is text with an issue; no value is changed silently. Each value is
 * generated with the number it means, and every cell of every column is checked against it.
 */
class NumberReadingProperties {
  @TempDir Path tmp;

  /** How a value is written, and whether it can be a number at all. */
  enum Form {
    INTEGER, DECIMAL, SCIENTIFIC, CODE, LETTER, WORD, CURRENCY, TINY, HUGE, TRAILING_MINUS, TEXT
  }

  /** A value as written, the form it has, the number it means (NaN: none) and its currency. */
  record Written(String text, Form form, double meaning, String currency) {}

  private static final Set<String> MONEY_HEADERS = Set.of("revenue_usd", "price");
  private static final String[] HEADERS = {"value", "revenue_usd", "size", "price"};

  static Written written(Form form, Random r) {
    int n = 1 + r.nextInt(999);
    return switch (form) {
      case INTEGER -> new Written(String.valueOf(n), form, n, null);
      case DECIMAL -> {
        String t = n + "." + (10 + r.nextInt(90));
        yield new Written(t, form, Double.parseDouble(t), null);
      }
      case SCIENTIFIC -> {
        String t = (1 + r.nextInt(9)) + "." + r.nextInt(10) + "e" + (r.nextBoolean() ? "-" : "")
            + (1 + r.nextInt(20));
        yield new Written(t, form, Double.parseDouble(t), null);
      }
      case CODE -> {
        String t = (1 + r.nextInt(9)) + (r.nextBoolean() ? "E" : "E0") + (1 + r.nextInt(9));
        yield new Written(t, form, Double.parseDouble(t), null);
      }
      case LETTER -> {
        String[] letters = {"m", "M", "k", "K", "B"};
        String[] scales = {"1e6", "1e6", "1e3", "1e3", "1e9"};
        int k = r.nextInt(letters.length);
        yield new Written(n + " " + letters[k], form,
            new BigDecimal(n).multiply(new BigDecimal(scales[k])).doubleValue(), null);
      }
      case WORD -> {
        boolean bn = r.nextBoolean();
        yield new Written(n + (bn ? " bn" : " million"), form,
            new BigDecimal(n).multiply(new BigDecimal(bn ? "1e9" : "1e6")).doubleValue(), null);
      }
      case CURRENCY -> {
        String[][] shapes = {{"$", "", "$"}, {"€", "", "€"}, {"", " €", "€"}, {"", " USD", "$"},
            {"£", "", "£"}, {"¥", "", "¥"}};
        String[] s = shapes[r.nextInt(shapes.length)];
        yield new Written(s[0] + n + s[1], form, n, s[2]);
      }
      case TINY -> new Written(n + "e-400", form, Double.NaN, null);
      case HUGE -> new Written(n + "e400", form, Double.NaN, null);
      case TRAILING_MINUS -> new Written(n + "-", form, Double.NaN, null);
      case TEXT -> new Written("item" + n, form, Double.NaN, null);
    };
  }

  /** Checks one column written as {@code values} under {@code header}. */
  private void check(String name, String header, List<Written> values) {
    StringBuilder csv = new StringBuilder("id," + header + "\n");
    for (int i = 0; i < values.size(); i++) {
      csv.append("r").append(i).append(',').append(values.get(i).text()).append('\n');
    }
    Tables.Read t = Tables.read(tmp, name, csv.toString());
    List<Issue> issues = new ArrayList<>();
    TableChecker checker = new TableChecker(t.profile(), issues::add);
    checker.start();
    try {
      dev.report.read.TableReader.read(t.profile(), checker::record);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    checker.finish();
    ColumnType type = t.profile().types().get(1);
    boolean money = MONEY_HEADERS.contains(header)
        || values.stream().anyMatch(w -> w.form() == Form.CURRENCY);
    boolean measured = values.stream()
        .anyMatch(w -> w.form() == Form.DECIMAL || w.form() == Form.SCIENTIFIC);
    assertThat(t.rows()).as("every record is a row").hasSize(values.size());
    for (int i = 0; i < values.size(); i++) {
      Written w = values.get(i);
      Value v = t.rows().get(i)[1];
      long line = i + 2;
      String where = name + ":" + line + " " + w + " in " + type + " " + csv;
      assertThat(v.text()).as("kept as written: " + where).isEqualTo(w.text());
      if (v instanceof Value.Decimal d) {
        assertThat(Double.isNaN(w.meaning())).as("never a number: " + where).isFalse();
        assertThat(d.value()).as("the number meant: " + where).isEqualTo(w.meaning());
        if (w.form() == Form.LETTER) {
          assertThat(money).as("a letter is a magnitude only in money: " + where).isTrue();
        }
        if (w.form() == Form.CODE) {
          assertThat(measured).as("1E5 is a number only among measures: " + where).isTrue();
        }
        if (w.currency() != null && type.kind() == ColumnType.Kind.MIXED) {
          // Numbers in mixed forms: one warning at the header names every currency.
          assertThat(issues).as("a currency among mixed forms is named: " + where).anyMatch(
              x -> x.line() == 1 && x.column() == 2 && x.rule() == Rule.MIXED_FORMATS
                  && x.value().contains(w.currency()));
        } else if (w.currency() != null && !w.currency().equals(type.currency())) {
          assertThat(issues).as("another currency is reported: " + where).anyMatch(
              x -> x.line() == line && x.column() == 2 && x.rule() == Rule.MIXED_FORMATS);
        }
      } else if (v instanceof Value.Invalid) {
        assertThat(issues).as("text in a typed column is reported: " + where).anyMatch(
            x -> x.line() == line && x.column() == 2 && x.rule() == Rule.TYPE_ERROR);
      } else {
        assertThat(v).as(where).isInstanceOf(Value.Text.class);
        assertThat(type).as(where).isEqualTo(ColumnType.TEXT);
      }
    }
  }

  @Test
  void everyValueIsTheNumberItMeansOrTextAndReported() {
    Random r = new Random(19);
    Form[] forms = Form.values();
    for (int c = 0; c < 300; c++) {
      Form main = forms[r.nextInt(forms.length)];
      int size = 4 + r.nextInt(10);
      List<Written> values = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        Form f = r.nextInt(5) == 0 ? forms[r.nextInt(forms.length)] : main;
        values.add(written(f, r));
      }
      check("c" + c + ".csv", HEADERS[r.nextInt(HEADERS.length)], values);
    }
  }

  @Test
  void theIssuesReproductionsAsATable() {
    Random r = new Random(5);
    Form[][] columns = {
        {Form.LETTER, Form.LETTER, Form.LETTER},
        {Form.INTEGER, Form.INTEGER, Form.INTEGER, Form.INTEGER, Form.INTEGER, Form.LETTER},
        {Form.CODE, Form.CODE, Form.CODE},
        {Form.DECIMAL, Form.DECIMAL, Form.CODE},
        {Form.DECIMAL, Form.DECIMAL, Form.DECIMAL, Form.DECIMAL, Form.DECIMAL, Form.TINY},
        {Form.DECIMAL, Form.DECIMAL, Form.DECIMAL, Form.DECIMAL, Form.DECIMAL, Form.HUGE},
        {Form.INTEGER, Form.INTEGER, Form.INTEGER, Form.INTEGER, Form.TRAILING_MINUS},
        {Form.CURRENCY, Form.CURRENCY, Form.CURRENCY, Form.CURRENCY, Form.CURRENCY},
        {Form.INTEGER, Form.INTEGER, Form.INTEGER, Form.INTEGER, Form.INTEGER, Form.CURRENCY},
        {Form.WORD, Form.WORD, Form.CURRENCY}};
    for (int c = 0; c < columns.length; c++) {
      for (String header : HEADERS) {
        List<Written> values = new ArrayList<>();
        for (Form f : columns[c]) {
          values.add(written(f, r));
        }
        check("t" + c + header + ".csv", header, values);
      }
    }
  }
}
