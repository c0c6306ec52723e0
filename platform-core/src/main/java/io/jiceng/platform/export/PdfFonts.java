package io.jiceng.platform.export;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled CJK fonts (see {@code fonts/README.md}) as used by one PDF: WenQuanYi Micro Hei for everything it
 * has, Droid Sans Fallback for the rare characters of CJK Extension A it lacks, and □ for a character neither
 * has. Only the glyphs used are embedded. Not thread-safe: one instance per document.
 */
final class PdfFonts implements Closeable {

    static final int MISSING = '□';

    private final PDDocument document;
    private final List<Closeable> sources = new ArrayList<>();
    private final Face main;
    private Face rare;
    private final Map<Integer, Float> glyphWidths = new HashMap<>();

    private PdfFonts(PDDocument document) throws IOException {
        this.document = document;
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(MicroHeiFile.BYTES));
        sources.add(collection);
        this.main = new Face(document, collection.getFontByName("WenQuanYiMicroHei"));
    }

    static PdfFonts embeddedIn(PDDocument document) throws IOException {
        return new PdfFonts(document);
    }

    float width(int codePoint, float size) {
        return glyphWidth(codePoint) * size / 1000f;
    }

    /** Width of the text in points at the given size. */
    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            units += glyphWidth(codePoint);
        }
        return units * size / 1000f;
    }

    /** Long tables measure the same few hundred characters over and over. */
    private float glyphWidth(int codePoint) {
        Float known = glyphWidths.get(codePoint);
        if (known != null) {
            return known;
        }
        Run run = runs(new String(Character.toChars(codePoint))).get(0);
        try {
            float units = run.face.font.getStringWidth(run.text);
            glyphWidths.put(codePoint, units);
            return units;
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font unreadable", e);
        }
    }

    void show(PDPageContentStream content, String text, float size) throws IOException {
        for (Run run : runs(text)) {
            content.setFont(run.face.font, size);
            content.showText(run.text);
        }
    }

    private List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isISOControl(codePoint)) {
                codePoint = ' ';
            }
            Face face = main;
            if (!main.has(codePoint)) {
                Face fallback = rare();
                if (fallback.has(codePoint)) {
                    face = fallback;
                } else {
                    codePoint = MISSING;
                }
            }
            if (face != currentFace && current.length() > 0) {
                runs.add(new Run(currentFace, current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(codePoint);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFace, current.toString()));
        }
        return runs;
    }

    /** Loaded on first need, so that a document without rare characters carries only one font. */
    private Face rare() {
        if (rare == null) {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(DroidFallbackFile.BYTES));
                sources.add(font);
                rare = new Face(document, font);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rare;
    }

    /** Call after the document is saved: the subsets are cut from the fonts when saving. */
    @Override
    public void close() throws IOException {
        for (Closeable source : sources) {
            source.close();
        }
    }

    private record Run(Face face, String text) {
    }

    private static final class Face {

        final PDType0Font font;
        final CmapLookup characters;

        Face(PDDocument document, TrueTypeFont font) throws IOException {
            this.font = PDType0Font.load(document, font, true);
            this.characters = font.getUnicodeCmapLookup();
        }

        boolean has(int codePoint) {
            return characters.getGlyphId(codePoint) != 0;
        }
    }

    /** The font files are read once from the jar, each on first need, and shared read-only by all documents. */
    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class MicroHeiFile {
        static final byte[] BYTES = read("fonts/wqy-microhei.ttc");
    }

    private static final class DroidFallbackFile {
        static final byte[] BYTES = read("fonts/DroidSansFallbackFull.ttf");
    }
}
