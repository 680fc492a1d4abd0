package dev.report;

import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;

/** A chart of the workbook as a test sees it: a picture (its PNG) or a native chart's frame. */
public final class Shapes {
  private Shapes() {}

  /** The alternative text of a picture or a native chart. */
  public static String alt(XSSFShape shape) {
    if (shape instanceof XSSFPicture p) {
      return p.getCTPicture().getNvPicPr().getCNvPr().getDescr();
    }
    return ((XSSFGraphicFrame) shape).getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr()
        .getDescr();
  }

  /** Where a picture or a native chart sits. */
  public static XSSFClientAnchor anchor(XSSFShape shape) {
    return (XSSFClientAnchor) shape.getAnchor();
  }
}
