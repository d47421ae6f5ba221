package org.minsheng.division;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The lines of one file of the list, read within the import's limits: a line longer than
 * {@link DivisionImportLimits#MAX_LINE_CHARS} is refused when its limit is reached, not after it has
 * been read whole, and every byte counts against the import's {@link Budget}. A line ends at LF, CR
 * or CRLF, as with {@code BufferedReader}. The decoder is strict: a file saved as GBK must be
 * refused, not imported as mojibake.
 */
final class ListLines {

    private final Reader in;
    private final String fileName;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int end;
    private boolean afterCr;
    private int lineNumber;

    ListLines(InputStream in, String fileName, Budget budget) {
        this.in = new InputStreamReader(budget.counted(in), StandardCharsets.UTF_8.newDecoder());
        this.fileName = fileName;
    }

    /** The number of the line last returned, from 1. */
    int lineNumber() {
        return lineNumber;
    }

    /** The next line without its terminator, or null at the end of the file. */
    String next() throws IOException {
        line.setLength(0);
        boolean started = false;
        while (true) {
            if (position == end) {
                end = in.read(buffer);
                position = 0;
                if (end < 0) {
                    end = 0;
                    if (!started) {
                        return null;
                    }
                    lineNumber++;
                    return line.toString();
                }
            }
            char c = buffer[position++];
            if (afterCr) {
                afterCr = false;
                if (c == '\n') {
                    continue;
                }
            }
            started = true;
            if (c == '\n' || c == '\r') {
                afterCr = c == '\r';
                lineNumber++;
                return line.toString();
            }
            if (line.length() == DivisionImportLimits.MAX_LINE_CHARS) {
                throw new DivisionException(
                        "divisions.import.lineTooLong", fileName, lineNumber + 1, DivisionImportLimits.MAX_LINE_CHARS);
            }
            line.append(c);
        }
    }

    /**
     * The bytes one import may read, over all its files and unzipped entries: a small zip that
     * inflates to gigabytes is refused at {@link DivisionImportLimits#MAX_TOTAL_BYTES}.
     */
    static final class Budget {

        private long left = DivisionImportLimits.MAX_TOTAL_BYTES;

        InputStream counted(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        spend(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    // never more than one byte past the budget is read
                    int n = super.read(b, off, (int) Math.min(len, Math.max(1, left + 1)));
                    if (n > 0) {
                        spend(n);
                    }
                    return n;
                }

                @Override
                public long skip(long n) throws IOException {
                    return Math.max(0, read(new byte[(int) Math.max(0, Math.min(n, 8192))]));
                }
            };
        }

        private void spend(long bytes) {
            left -= bytes;
            if (left < 0) {
                throw new DivisionException(
                        "divisions.import.tooMuchData",
                        DivisionImportLimits.MAX_TOTAL_BYTES / DivisionImportLimits.BYTES_PER_MB);
            }
        }
    }
}
