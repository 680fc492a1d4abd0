package dev.report.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.report.Cli;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.WsDrDocument;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CommentsDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.TableDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/**
 * Every part of our workbooks is valid against the ECMA-376 schemas (POI's full XMLBeans build):
 * elements in the order Excel insists on, attributes of the right types. The one departure is
 * Excel's own: {@code xml:space="preserve"} on {@code <t>}, which the schema does not declare
 * but Excel writes and needs for leading and trailing spaces. The VML of comments has no schema:
 * it must be well-formed. Package parts (content types, relationships) are checked by POI's
 * package reader when the tests reopen a workbook.
 */
class SchemaValidityTest {
  /** The validator's words for xml:space on a {@code <t>}, Excel's own departure. */
  private static final String XML_SPACE_ON_T =
      "space@http://www.w3.org/XML/1998/namespace in element t@";

  @TempDir Path tmp;

  @Test
  void aWorkbookUsingEveryFeatureIsValid() throws Exception {
    assertValid(Xlsx.write(WorkbookCalcTest.everything(), tmp.resolve("everything.xlsx")));
  }

  @Test
  void aReportWithIssuesLinksRangesAndChartsIsValid() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (String name : new String[] {"capex_guidance.csv", "events.csv", "partners.csv"}) {
      Files.copy(Cli.EXAMPLE.resolve(name), in.resolve(name));
    }
    Files.writeString(in.resolve("odd sheet & more.csv"), """
        id,when,amount,share,range,site,note
        1,2024-01-05,"1,200.50",12%,60-80,https://example.org/a,  spaced\s
        2,2024-02-30,12,5%,10-20,mailto:someone@example.org,_x0041_ literal
        3,2024-03-01,n/a,7%,30-40,plain,"two
        lines"
        3,2024-03-01,n/a,7%,30-40,plain,"two
        lines"
        4,2024-04-01,12x,9%,5-6,plain,extra,cell
        5,2024-05-01,1,1%,1-2,plain,LONG
        """.replace("LONG", "long text, ".repeat(3_500)), StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    Cli.Run run = Cli.run(in.toString(), "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    Map<String, byte[]> parts = assertValid(out.resolve("report.xlsx"));
    assertThat(parts.keySet()).as("the report has every kind of part")
        .anyMatch(n -> n.startsWith("xl/comments")).anyMatch(n -> n.startsWith("xl/tables/"))
        .anyMatch(n -> n.startsWith("xl/drawings/drawing")).contains("xl/sharedStrings.xml")
        .anyMatch(n -> n.startsWith("xl/charts/chart"));
    assertThat(new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8))
        .contains("_xlnm._FilterDatabase");
  }

  /** Validates every part of {@code file}; returns its parts. */
  private static Map<String, byte[]> assertValid(Path file) throws Exception {
    Map<String, byte[]> parts = Xlsx.entries(file);
    List<String> problems = new ArrayList<>();
    int checked = 0;
    problems.addAll(packageProblems(parts));
    for (Map.Entry<String, byte[]> e : parts.entrySet()) {
      String name = e.getKey();
      if (name.endsWith(".vml")) {
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(e.getValue()));
        checked++;
        continue;
      }
      SchemaType type = typeOf(name);
      if (type == null) {
        continue;
      }
      checked++;
      XmlOptions load = new XmlOptions().setDocumentType(type).setLoadLineNumbers();
      // Loaded by POI's own type system: the wildcard of a drawing's graphicData then finds the
      // chart element (the context loader looks for schemas where POI does not put them).
      XmlObject doc = type.getTypeSystem().parse(new ByteArrayInputStream(e.getValue()), type,
          load);
      List<XmlError> errors = new ArrayList<>();
      doc.validate(new XmlOptions().setErrorListener(errors));
      for (XmlError error : errors) {
        if (!error.getMessage().contains(XML_SPACE_ON_T)) {
          problems.add(name + ": " + error);
        }
      }
    }
    assertThat(problems).as("schema errors in " + file.getFileName()).isEmpty();
    assertThat(checked).as("parts checked").isGreaterThanOrEqualTo(6);
    return parts;
  }

  /**
   * The package's own structure (OPC has no schema in POI's build): every relationship of every
   * {@code .rels} part points to a part of the package (or is external), and every part has a
   * content type, by its extension or its own.
   */
  private static List<String> packageProblems(Map<String, byte[]> parts) throws Exception {
    List<String> problems = new ArrayList<>();
    var builder = DocumentBuilderFactory.newInstance();
    builder.setNamespaceAware(true);
    var types = builder.newDocumentBuilder()
        .parse(new ByteArrayInputStream(parts.get("[Content_Types].xml"))).getDocumentElement();
    java.util.Set<String> defaults = new java.util.HashSet<>();
    java.util.Set<String> overrides = new java.util.HashSet<>();
    var defaultNodes = types.getElementsByTagNameNS("*", "Default");
    for (int i = 0; i < defaultNodes.getLength(); i++) {
      defaults.add(((org.w3c.dom.Element) defaultNodes.item(i)).getAttribute("Extension")
          .toLowerCase(java.util.Locale.ROOT));
    }
    var overrideNodes = types.getElementsByTagNameNS("*", "Override");
    for (int i = 0; i < overrideNodes.getLength(); i++) {
      overrides.add(((org.w3c.dom.Element) overrideNodes.item(i)).getAttribute("PartName"));
    }
    for (String part : parts.keySet()) {
      String ext = part.substring(part.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
      if (!part.equals("[Content_Types].xml") && !overrides.contains("/" + part)
          && !defaults.contains(ext)) {
        problems.add(part + ": no content type");
      }
      if (!part.endsWith(".rels")) {
        continue;
      }
      // xl/_rels/workbook.xml.rels is about xl/workbook.xml: targets are relative to xl/.
      String base = part.substring(0, part.indexOf("_rels/"));
      var rels = builder.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get(part)))
          .getDocumentElement().getElementsByTagNameNS("*", "Relationship");
      for (int i = 0; i < rels.getLength(); i++) {
        var rel = (org.w3c.dom.Element) rels.item(i);
        if (rel.getAttribute("TargetMode").equals("External")) {
          continue;
        }
        String target = rel.getAttribute("Target");
        String resolved = target.startsWith("/") ? target.substring(1)
            : java.net.URI.create("/" + base).resolve(target).getPath().substring(1);
        if (!parts.containsKey(resolved)) {
          problems.add(part + ": " + rel.getAttribute("Id") + " points to " + target
              + ", which is not in the package");
        }
      }
    }
    return problems;
  }

  private static SchemaType typeOf(String part) {
    if (part.matches("xl/worksheets/sheet\\d+\\.xml")) {
      return WorksheetDocument.type;
    } else if (part.matches("xl/comments\\d+\\.xml")) {
      return CommentsDocument.type;
    } else if (part.matches("xl/tables/table\\d+\\.xml")) {
      return TableDocument.type;
    } else if (part.matches("xl/drawings/drawing\\d+\\.xml")) {
      return WsDrDocument.type;
    } else if (part.matches("xl/charts/chart\\d+\\.xml")) {
      return org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument.type;
    }
    return switch (part) {
      case "xl/workbook.xml" -> WorkbookDocument.type;
      case "xl/styles.xml" -> StyleSheetDocument.type;
      case "xl/sharedStrings.xml" -> SstDocument.type;
      case "docProps/app.xml" -> PropertiesDocument.type;
      default -> null;
    };
  }
}
