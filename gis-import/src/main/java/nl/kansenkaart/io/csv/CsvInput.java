package nl.kansenkaart.io.csv;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.kansenkaart.io.source.SourceException;

/**
 * Where the CSV text comes from (a plain file or the one .csv inside a .zip) and its encoding:
 * UTF-8 with or without BOM, or Windows-1252 when the bytes are not valid UTF-8.
 */
final class CsvInput {

    static final Charset CP1252 = Charset.forName("windows-1252");

    private final Path file;
    private final Optional<String> zipEntry;
    private final Charset charset;

    private CsvInput(Path file, Optional<String> zipEntry, Charset charset) {
        this.file = file;
        this.zipEntry = zipEntry;
        this.charset = charset;
    }

    static boolean isZip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** The .csv entries of a zip file, in zip order. */
    static List<String> csvEntries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName().toLowerCase(Locale.ROOT);
                if (!e.isDirectory() && (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv"))) {
                    names.add(e.getName());
                }
            }
        }
        return names;
    }

    static CsvInput of(Path file) throws SourceException {
        Optional<String> entry = Optional.empty();
        try {
            if (isZip(file)) {
                List<String> entries = csvEntries(file);
                if (entries.isEmpty()) {
                    throw new SourceException(file, "het zip-bestand bevat geen CSV-bestand (.csv)");
                }
                if (entries.size() > 1) {
                    throw new SourceException(
                            file, "het zip-bestand bevat meer dan één CSV-bestand: " + String.join(", ", entries));
                }
                entry = Optional.of(entries.get(0));
            }
            CsvInput probe = new CsvInput(file, entry, StandardCharsets.UTF_8);
            return new CsvInput(file, entry, probe.detectCharset());
        } catch (IOException e) {
            throw new SourceException(file, OptionalLong.empty(), "kan het bestand niet lezen: " + e, e);
        }
    }

    Charset charset() {
        return charset;
    }

    Optional<String> zipEntry() {
        return zipEntry;
    }

    InputStream bytes() throws IOException {
        return bytes(new AtomicLong());
    }

    /** The file's bytes (of the zip itself for a zipped CSV) read so far go to {@code counted}. */
    private InputStream bytes(AtomicLong counted) throws IOException {
        InputStream raw = new BufferedInputStream(new Counting(Files.newInputStream(file), counted), 1 << 16);
        if (zipEntry.isEmpty()) {
            return raw;
        }
        ZipInputStream zip = new ZipInputStream(raw);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.getName().equals(zipEntry.get())) {
                return zip;
            }
        }
        zip.close();
        throw new IOException("zip-item " + zipEntry.get() + " verdwenen");
    }

    /** The text, without a UTF-8 byte order mark. */
    Reader reader() throws IOException {
        return reader(new AtomicLong());
    }

    /**
     * The text, counting the file's bytes read into {@code counted}: for progress, the share of the
     * file read (a little ahead of the rows handed out, by the buffers).
     */
    Reader reader(AtomicLong counted) throws IOException {
        InputStream in = bytes(counted);
        if (charset.equals(StandardCharsets.UTF_8)) {
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
                in.reset();
            }
        }
        return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
    }

    /** The size of the file on disk, to set the bytes read against. */
    long sizeBytes() throws IOException {
        return Files.size(file);
    }

    /** Counts the bytes that pass. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong counted;

        Counting(InputStream in, AtomicLong counted) {
            super(in);
            this.counted = counted;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                counted.addAndGet(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted.addAndGet(skipped);
            return skipped;
        }
    }

    /** One streaming pass: UTF-8 when every byte sequence decodes, else Windows-1252. */
    private Charset detectCharset() throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = bytes()) {
            byte[] buf = new byte[1 << 15];
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes.put(buf, 0, n);
                bytes.flip();
                CoderResult r = decoder.decode(bytes, chars, false);
                if (r.isError()) {
                    return CP1252;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            CoderResult r = decoder.decode(bytes, chars, true);
            return r.isError() ? CP1252 : StandardCharsets.UTF_8;
        }
    }
}
