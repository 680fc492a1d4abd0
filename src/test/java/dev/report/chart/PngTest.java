package dev.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Our PNG encoder, read back by another implementation (ImageIO's reader). */
class PngTest {
  @Test
  void everyPixelReadsBackExactly() throws IOException {
    Random random = new Random(7);
    BufferedImage image = new BufferedImage(301, 97, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        // Runs of one colour, like a chart's, and noise, so that deflate sees both.
        int rgb = x < 150 ? (y / 10) * 0x010203 : random.nextInt(1 << 24);
        image.setRGB(x, y, rgb);
      }
    }
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));
    assertThat(back.getWidth()).isEqualTo(301);
    assertThat(back.getHeight()).isEqualTo(97);
    assertThat(back.getColorModel().hasAlpha()).isFalse();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        assertThat(back.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y));
      }
    }
  }

  @Test
  void refusesImagesItCannotEncode() {
    BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
    assertThatThrownBy(() -> Png.encode(argb))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected an RGB image, got type 2");
  }
}
