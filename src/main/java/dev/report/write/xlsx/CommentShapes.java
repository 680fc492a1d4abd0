package dev.report.write.xlsx;

import com.microsoft.schemas.office.office.CTShapeLayout;
import com.microsoft.schemas.vml.CTShape;
import org.apache.poi.xssf.usermodel.XSSFVMLDrawing;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Numbers the VML shapes that give comments their boxes as Excel does: shape ids come in blocks
 * of 1,024 (the first id of a block unused), each sheet's drawing lists its blocks in its
 * {@code idmap}, and no block is used by two sheets. POI starts every sheet at block 1 and lists
 * one block however many comments it has.
 */
final class CommentShapes {
  /** Shapes per block: ids {@code 1024 * block + 1} to {@code 1024 * block + 1023}. */
  static final int PER_BLOCK = 1023;

  private CommentShapes() {}

  /** Renumbers the shapes of {@code vml} from block {@code first}; the next free block. */
  static int number(XSSFVMLDrawing vml, int first) {
    CTShapeLayout layout = null;
    int shapes = 0;
    try (XmlCursor cur = vml.getDocument().getXml().newCursor()) {
      for (boolean found = cur.toFirstChild(); found; found = cur.toNextSibling()) {
        XmlObject o = cur.getObject();
        if (o instanceof CTShapeLayout l) {
          layout = l;
        } else if (o instanceof CTShape shape) {
          long id = 1024L * (first + shapes / PER_BLOCK) + 1 + shapes % PER_BLOCK;
          shape.setId("_x0000_s" + id);
          shapes++;
        }
      }
    }
    int blocks = Math.max(1, (shapes + PER_BLOCK - 1) / PER_BLOCK);
    if (layout != null && layout.getIdmap() != null) {
      StringBuilder data = new StringBuilder();
      for (int b = 0; b < blocks; b++) {
        data.append(b == 0 ? "" : ",").append(first + b);
      }
      layout.getIdmap().setData(data.toString());
    }
    return first + blocks;
  }
}
