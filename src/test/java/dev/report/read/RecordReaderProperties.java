package dev.report.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader gives the same records whatever the reads of its input look like: whole (the filter
 * decides quotes within its buffer, copies runs of characters at once) or one character at a
 * time (every decision and character goes the general way). Seeded: the same cases every run.
 */
class RecordReaderProperties {
  /** Text made of the characters that matter to the filter, and a few others. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(",,,\"\"\"\n\r;ab \uFDD0").ofMaxLength(60);
  }

  @Property(tries = 3000, seed = "20261204")
  void readsOfAnySizeGiveTheSameRecords(@ForAll("texts") String text) throws IOException {
    List<RawRecord> whole = records(new StringReader(text));
    assertThat(records(new OneCharReader(text))).as(text).isEqualTo(whole);
    // And the text comes back: fields joined by the delimiter hold every character but quotes
    // and line ends (those of a field are kept, as written, in it).
    String kept = text.replace("\"", "").replace("\n", "").replace("\r", "").replace(",", "");
    StringBuilder seen = new StringBuilder();
    for (RawRecord r : whole) {
      for (String f : r.fields()) {
        seen.append(f);
      }
    }
    String back = seen.toString().replace("\"", "").replace("\n", "").replace("\r", "")
        .replace(",", "");
    assertThat(back).as(text).isEqualTo(kept);
  }

  private static List<RawRecord> records(Reader in) throws IOException {
    List<RawRecord> out = new ArrayList<>();
    try (RecordReader reader = new RecordReader(in, Dialect.DEFAULT)) {
      for (RawRecord r; (r = reader.next()) != null; ) {
        out.add(r);
      }
    }
    return out;
  }

  /** Hands out one character per read. */
  private static final class OneCharReader extends Reader {
    private final String text;
    private int at;

    OneCharReader(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (at >= text.length()) {
        return -1;
      }
      cbuf[off] = text.charAt(at++);
      return 1;
    }

    @Override
    public void close() {}
  }
}
