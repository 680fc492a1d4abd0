package dev.report.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes our workbooks to files and reopens them with the JDK's zip reader and with POI. */
final class Xlsx {
  private Xlsx() {}

  /** Writes {@code wb} to {@code file} and closes it (its temporary files go). */
  static Path write(Workbook wb, Path file) throws IOException {
    try (wb; OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    return file;
  }

  /**
   * Every entry of the zip, inflated by {@link ZipInputStream}, which checks each entry's CRC-32
   * and sizes against what the zip says (POI's reader does not): the sheets' joined deflate
   * streams must add up.
   */
  static Map<String, byte[]> entries(Path file) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        byte[] bytes = zip.readAllBytes();
        assertThat(entries.put(e.getName(), bytes)).as("entry %s once", e.getName()).isNull();
      }
    }
    return entries;
  }

  /** An entry's text (UTF-8). */
  static String text(Path file, String entry) throws IOException {
    byte[] b = entries(file).get(entry);
    assertThat(b).as("entry %s", entry).isNotNull();
    return new String(b, StandardCharsets.UTF_8);
  }

  /** The file reopened by POI, after its zip entries were checked. */
  static XSSFWorkbook open(Path file) throws IOException {
    entries(file);
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  /** Row 1 with {@code labels}, as a table's header. */
  static void header(Sheet s, String... labels) {
    s.startRow(0);
    for (int i = 0; i < labels.length; i++) {
      s.text(i, 0, labels[i]);
    }
    s.endRow();
  }

  static <T> T single(List<T> list) {
    assertThat(list).hasSize(1);
    return list.get(0);
  }

  static List<XSSFPicture> pictures(XSSFSheet sheet) {
    List<XSSFPicture> pictures = new ArrayList<>();
    for (XSSFShape shape : sheet.getDrawingPatriarch().getShapes()) {
      pictures.add((XSSFPicture) shape);
    }
    return pictures;
  }

  static byte[] png(int width, int height, int rgb) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, (x + y) % 7 == 0 ? 0xFFFFFF : rgb);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
