package dev.report.schema;

import dev.report.check.Declared;
import dev.report.read.CellReader;
import dev.report.read.ColumnProfile;
import dev.report.read.ColumnType;
import dev.report.read.DateOrder;
import dev.report.read.Dialect;
import dev.report.read.ReadOptions;
import dev.report.read.TableProfile;
import dev.report.read.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A table read against its schema: which column holds which field, how each column is typed and
 * read, and what the checks must expect. Fields that have no column in the file get one of their
 * own at the end, where their missing cells are shown.
 */
public final class Binding {
  private final TableProfile table;
  private final DataPackage.Resource resource;
  private final List<CellReader> readers;
  private final Declared declared;
  /** For each field (0-based), its column (0-based). */
  private final int[] columnOf;
  /** For each field, its values' reader. */
  private final List<FieldValues> values;
  /** Fields found in the header, by position (exact) or by name. */
  private final boolean[] labelled;

  private Binding(TableProfile table, DataPackage.Resource resource, List<CellReader> readers,
      Declared declared, int[] columnOf, List<FieldValues> values, boolean[] labelled) {
    this.table = table;
    this.resource = resource;
    this.readers = readers;
    this.declared = declared;
    this.columnOf = columnOf;
    this.values = values;
    this.labelled = labelled;
  }

  /** The table as the file alone says it (no schema). */
  public static Binding inferred(TableProfile t) {
    return inferred(t, null);
  }

  private static Binding inferred(TableProfile t, DataPackage.Resource resource) {
    return new Binding(t, resource, List.copyOf(t.types()), Declared.inferred(t), new int[0],
        List.of(), new boolean[0]);
  }

  /** {@code t} read against {@code resource}'s schema; without one, as {@link #inferred}. */
  public static Binding of(TableProfile t, DataPackage.Resource resource, ReadOptions options) {
    if (resource == null || !resource.hasSchema() || t.status() != TableProfile.Status.TABLE) {
      return inferred(t, resource);
    }
    TableSchema schema = resource.schema();
    List<Field> fields = schema.fields();
    boolean headerless = t.dialect().header() == Dialect.Header.NONE;
    List<String> labels = new ArrayList<>(t.labels());
    List<String> columns = new ArrayList<>(t.columns());
    List<ColumnType> types = new ArrayList<>(t.types());
    List<ColumnProfile> profiles = new ArrayList<>(t.profiles());
    int[] columnOf = new int[fields.size()];
    boolean[] labelled = new boolean[fields.size()];
    Arrays.fill(columnOf, -1);
    for (int f = 0; f < fields.size(); f++) {
      if (headerless || !schema.byName()) {
        if (f < labels.size()) {
          columnOf[f] = f;
          labelled[f] = true;
        }
      } else {
        int at = labels.indexOf(fields.get(f).name());
        columnOf[f] = at;
        labelled[f] = at >= 0;
      }
    }
    Set<String> taken = new HashSet<>();
    columns.forEach(c -> taken.add(c.toLowerCase(Locale.ROOT)));
    // Fields matched by position: a record has a cell for each. Matched by name: a record has
    // the header's cells, and a field absent from the header is said once, at the header.
    boolean positional = headerless || !schema.byName();
    int width = positional ? fields.size() : labels.size();
    for (int f = 0; f < fields.size(); f++) {
      if (columnOf[f] >= 0) {
        continue;
      }
      // A field with no column of its own, beyond the header: the column at its position when
      // a longer record made one (named after the field), else a new one.
      int at = positional ? f : columns.size();
      if (at < columns.size()) {
        taken.remove(columns.get(at).toLowerCase(Locale.ROOT));
        columns.set(at, unique(fields.get(f).name(), taken));
      } else {
        columns.add(unique(fields.get(f).name(), taken));
        types.add(ColumnType.TEXT);
        profiles.add(new ColumnProfile());
      }
      columnOf[f] = at;
    }
    List<FieldValues> values = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      expected.add(null);
    }
    List<CellReader> readers = new ArrayList<>(types);
    for (int f = 0; f < fields.size(); f++) {
      Field field = fields.get(f);
      int c = columnOf[f];
      ColumnType inferred = types.get(c);
      DateOrder order = inferred.kind().isTemporal() ? inferred.dateOrder() : options.dateOrder();
      FieldValues v = new FieldValues(field, order);
      values.add(v);
      if (shownAsInferred(field, inferred)) {
        // Checked as the schema says, shown as the data reads: 15 % stays a percent cell,
        // 60-80 a range with its two ends.
        readers.set(c, raw -> {
          Value own = v.convert(raw);
          if (own instanceof Value.Invalid || own instanceof Value.Empty) {
            return own;
          }
          Value shown = inferred.convert(raw);
          return shown instanceof Value.Invalid || shown instanceof Value.Empty ? own : shown;
        });
      } else {
        types.set(c, typeOf(field, inferred, order));
        readers.set(c, v::convert);
      }
      if (field.type().checked() && field.type() != FieldType.ANY) {
        expected.set(c, field.expected());
      }
      if (headerless) {
        labels.set(c, field.name());
        columns.set(c, field.name());
      }
    }
    TableProfile bound = new TableProfile(t.file(), t.size(), t.encoding(), t.dialect(),
        t.status(), labels, columns, types, profiles, t.records(), t.strayQuotes(),
        Math.max(t.width(), columns.size()), t.guessed(), t.sheet());
    return new Binding(bound, resource, List.copyOf(readers),
        new Declared(width, expected, positional), columnOf, values, labelled);
  }

  /** {@code base}, or {@code base (2)}... : a column name not yet in {@code taken} (now taken). */
  private static String unique(String base, Set<String> taken) {
    String name = base;
    for (int k = 2; !taken.add(name.toLowerCase(Locale.ROOT)); k++) {
      name = base + " (" + k + ")";
    }
    return name;
  }

  /**
   * Whether a field's values are shown as the data reads them rather than as the schema's type:
   * numbers with their percent or currency sign, which the schema strips ({@code bareNumber:
   * false}), and ranges, which the schema can only call strings.
   */
  private static boolean shownAsInferred(Field field, ColumnType inferred) {
    ColumnType.Kind k = inferred.kind();
    return switch (field.type()) {
      case NUMBER, INTEGER -> !field.bareNumber()
          && (k == ColumnType.Kind.PERCENT || k == ColumnType.Kind.CURRENCY
              || k == ColumnType.Kind.MIXED);
      case STRING -> k == ColumnType.Kind.RANGE && field.format().equals("default");
      default -> false;
    };
  }

  /** How a field's column is shown in the workbook and charted. */
  private static ColumnType typeOf(Field field, ColumnType inferred, DateOrder order) {
    char mark = field.decimalChar().equals(",") ? ',' : '.';
    return switch (field.type()) {
      case NUMBER -> new ColumnType(ColumnType.Kind.DECIMAL, mark, order, null,
          inferred.kind() == ColumnType.Kind.DECIMAL ? inferred.decimals() : 2, false);
      case INTEGER -> new ColumnType(ColumnType.Kind.INTEGER, mark, order, null, 0,
          inferred.kind() == ColumnType.Kind.INTEGER && inferred.yearLike());
      case YEAR -> new ColumnType(ColumnType.Kind.INTEGER, '.', order, null, 0, true);
      case DATE -> new ColumnType(ColumnType.Kind.DATE, '.', order, null, 0, false);
      case DATETIME -> new ColumnType(ColumnType.Kind.DATETIME, '.', order, null, 0, false);
      case BOOLEAN -> new ColumnType(ColumnType.Kind.BOOLEAN, '.', order, null, 0, false);
      default -> new ColumnType(ColumnType.Kind.TEXT, '.', order, null, 0, false);
    };
  }

  /** The table with the schema's columns and types. */
  public TableProfile table() {
    return table;
  }

  /** One reader per column of {@link #table()}. */
  public List<CellReader> readers() {
    return readers;
  }

  public Declared declared() {
    return declared;
  }

  /** The resource of the table in the Data Package, or null when it has none. */
  public DataPackage.Resource resource() {
    return resource;
  }

  /** Whether the table is checked against a schema. */
  boolean hasSchema() {
    return resource != null && resource.hasSchema() && values.size() == resource.schema().fields().size();
  }

  TableSchema schema() {
    return resource.schema();
  }

  /** The column (0-based) of field {@code f} (0-based). */
  int columnOf(int f) {
    return columnOf[f];
  }

  /** Whether field {@code f} was found in the header. */
  boolean labelled(int f) {
    return labelled[f];
  }

  FieldValues values(int f) {
    return values.get(f);
  }
}
