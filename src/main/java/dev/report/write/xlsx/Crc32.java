package dev.report.write.xlsx;

/**
 * CRC-32 of two byte sequences joined, from the CRC of each and the length of the second, as
 * zlib's {@code crc32_combine} computes it (shifting the first CRC by the second's length with
 * GF(2) matrix squaring): a zip entry made of separately compressed parts needs its whole CRC.
 */
final class Crc32 {
  private static final long POLY = 0xEDB88320L;

  private Crc32() {}

  /** The CRC-32 of A followed by B, given {@code crcA}, {@code crcB} and B's length in bytes. */
  static long combine(long crcA, long crcB, long lengthB) {
    if (lengthB <= 0) {
      return crcA;
    }
    long[] even = new long[32];
    long[] odd = new long[32];
    // The operator for one zero bit.
    odd[0] = POLY;
    long row = 1;
    for (int n = 1; n < 32; n++) {
      odd[n] = row;
      row <<= 1;
    }
    square(even, odd); // two zero bits
    square(odd, even); // four zero bits
    long crc = crcA;
    long len = lengthB;
    do {
      // Apply len's bits, one zero byte operator squared each time.
      square(even, odd);
      if ((len & 1) != 0) {
        crc = times(even, crc);
      }
      len >>= 1;
      if (len == 0) {
        break;
      }
      square(odd, even);
      if ((len & 1) != 0) {
        crc = times(odd, crc);
      }
      len >>= 1;
    } while (len != 0);
    return (crc ^ crcB) & 0xFFFFFFFFL;
  }

  private static long times(long[] matrix, long vector) {
    long sum = 0;
    for (int i = 0; vector != 0; i++, vector >>>= 1) {
      if ((vector & 1) != 0) {
        sum ^= matrix[i];
      }
    }
    return sum;
  }

  private static void square(long[] square, long[] matrix) {
    for (int n = 0; n < 32; n++) {
      square[n] = times(matrix, matrix[n]);
    }
  }
}
