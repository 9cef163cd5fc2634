package org.contactexport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What a person sees when LibreOffice Calc opens a CSV file with its ordinary import (UTF-8,
 * the file's delimiter, '"' as text delimiter): Calc converts the file to XLSX headlessly, and
 * the cells are read back from the workbook's XML.
 */
final class SpreadsheetCells {

    private static final String MAIN_NS =
            "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final long CONVERSION_TIME_LIMIT_SECONDS = 180;
    private static final Pattern CELL_COLUMN = Pattern.compile("[A-Z]+");

    /**
     * One cell: the text Calc shows, and the formula it holds if any (as stored in XLSX,
     * without the leading '=').
     */
    record Cell(String shown, String formula) {

        /** A formula that evaluates nothing: one string literal, inner quotes doubled. */
        private static final Pattern SERIAL_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
        private static final LocalDateTime SERIAL_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);
        private static final DateTimeFormatter DATE_TIME =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        private static final Pattern STRING_LITERAL = Pattern.compile("=?\"(?:[^\"]|\"\")*\"");

        /**
         * True when the cell shows the expected text (a single leading apostrophe that marks a
         * neutralised value is tolerated) and holds no formula but a plain string literal.
         */
        boolean shows(String expected) {
            boolean text = shown.equals(expected) || shown.equals("'" + expected);
            return text && (formula == null || STRING_LITERAL.matcher(formula).matches());
        }

        /**
         * The cell as a date-time text: Calc reads an ISO date-time as a date, which XLSX stores
         * as a serial number of days since 1899-12-30; a text cell is returned as it is.
         */
        Cell asDateTime() {
            if (formula != null || !SERIAL_NUMBER.matcher(shown).matches()) {
                return this;
            }
            BigDecimal serial = new BigDecimal(shown);
            long seconds = serial.multiply(BigDecimal.valueOf(86_400))
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            LocalDateTime dateTime = SERIAL_EPOCH.plusSeconds(seconds);
            return new Cell(DATE_TIME.format(dateTime), null);
        }

        @Override
        public String toString() {
            return formula == null ? shown : shown + " (formula " + formula + ")";
        }
    }

    private SpreadsheetCells() {
    }

    /**
     * The rows of cells Calc shows for a CSV file, header included. Skips the test when
     * LibreOffice is not installed, unless REQUIRE_LIBREOFFICE=true.
     */
    static List<List<Cell>> of(byte[] csv, char delimiter) {
        assumeLibreOffice();
        try {
            Path work = Files.createTempDirectory("calc-");
            Path file = Files.write(work.resolve("export.csv"), csv);
            Path workbook = convert(file, delimiter, work);
            return read(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks that the data rows (the header row left out) show exactly the expected texts,
     * listing every cell that does not.
     */
    static void assertDataRowsShow(List<List<Cell>> rows, List<List<String>> expected) {
        List<List<Cell>> data = rows.subList(Math.min(1, rows.size()), rows.size());
        List<String> mismatches = new ArrayList<>();
        for (int r = 0; r < expected.size(); r++) {
            List<Cell> row = r < data.size() ? data.get(r) : List.of();
            for (int c = 0; c < expected.get(r).size(); c++) {
                String wanted = expected.get(r).get(c);
                Cell cell = c < row.size() ? row.get(c) : new Cell("", null);
                if (!cell.shows(wanted)) {
                    mismatches.add("row " + (r + 1) + " column " + (c + 1) + ": expected <"
                            + wanted + "> but Calc shows <" + cell + ">");
                }
            }
        }

        assertThat(mismatches).as("cells as Calc shows them").isEmpty();
        assertThat(data).as("data rows as Calc shows them").hasSize(expected.size());
    }

    private static void assumeLibreOffice() {
        if (onPath("soffice")) {
            return;
        }
        String reason = "LibreOffice (soffice) is not on the PATH";
        if ("true".equals(System.getenv("REQUIRE_LIBREOFFICE"))) {
            fail(reason + " and REQUIRE_LIBREOFFICE=true");
        }
        Assumptions.abort(reason);
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }

    private static Path convert(Path csv, char delimiter, Path work) throws IOException {
        String options = "CSV:" + (int) delimiter + ",34,76,1";
        Path log = work.resolve("soffice.log");
        Process soffice = new ProcessBuilder(
                "soffice", "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                "--infilter=" + options, "--outdir", work.toString(), csv.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        try {
            if (!soffice.waitFor(CONVERSION_TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                soffice.destroyForcibly();
                fail("soffice did not convert " + csv + " within "
                        + CONVERSION_TIME_LIMIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            soffice.destroyForcibly();
            throw new IllegalStateException(e);
        }

        Path workbook = work.resolve("export.xlsx");
        if (soffice.exitValue() != 0 || !Files.exists(workbook)) {
            fail("soffice failed (exit " + soffice.exitValue() + "): " + Files.readString(log));
        }
        return workbook;
    }

    private static List<List<Cell>> read(Path workbook) throws IOException {
        try (ZipFile book = new ZipFile(workbook.toFile())) {
            List<String> shared = sharedStrings(book);
            Document sheet = xml(book, "xl/worksheets/sheet1.xml");

            List<List<Cell>> rows = new ArrayList<>();
            NodeList rowNodes = sheet.getElementsByTagNameNS(MAIN_NS, "row");
            for (int r = 0; r < rowNodes.getLength(); r++) {
                rows.add(row((Element) rowNodes.item(r), shared));
            }
            return rows;
        }
    }

    private static List<Cell> row(Element row, List<String> shared) {
        TreeMap<Integer, Cell> cells = new TreeMap<>();
        for (Element cell : children(row, "c")) {
            cells.put(columnIndex(cell.getAttribute("r")), cell(cell, shared));
        }

        int width = cells.isEmpty() ? 0 : cells.lastKey() + 1;
        List<Cell> values = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            values.add(cells.getOrDefault(i, new Cell("", null)));
        }
        return values;
    }

    private static Cell cell(Element cell, List<String> shared) {
        String kind = cell.hasAttribute("t") ? cell.getAttribute("t") : "n";
        String value = childText(cell, "v");
        Element formula = child(cell, "f");

        String shown = switch (kind) {
            case "s" -> shared.get(Integer.parseInt(value));
            case "inlineStr" -> allText(child(cell, "is"));
            case "str", "e" -> value == null ? "" : value;
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            default -> number(value);
        };
        return new Cell(shown, formula == null ? null : formula.getTextContent());
    }

    /** A number as Calc shows it in a General cell: integral values without ".0". */
    private static String number(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        BigDecimal number = new BigDecimal(value).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
    }

    private static List<String> sharedStrings(ZipFile book) throws IOException {
        List<String> strings = new ArrayList<>();
        if (book.getEntry("xl/sharedStrings.xml") == null) {
            return strings;
        }
        Document document = xml(book, "xl/sharedStrings.xml");
        for (Element item : children(document.getDocumentElement(), "si")) {
            strings.add(allText(item));
        }
        return strings;
    }

    /** The text of every {@code <t>} under an element, phonetic runs left out. */
    private static String allText(Element element) {
        if (element == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        NodeList runs = element.getElementsByTagNameNS(MAIN_NS, "t");
        for (int i = 0; i < runs.getLength(); i++) {
            Node run = runs.item(i);
            if (!"rPh".equals(run.getParentNode().getLocalName())) {
                text.append(run.getTextContent());
            }
        }
        return text.toString();
    }

    private static int columnIndex(String reference) {
        var letters = CELL_COLUMN.matcher(reference);
        letters.lookingAt();
        int index = 0;
        for (char letter : letters.group().toCharArray()) {
            index = index * 26 + letter - 'A' + 1;
        }
        return index - 1;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String childText(Element parent, String localName) {
        Element child = child(parent, localName);
        return child == null ? null : child.getTextContent();
    }

    private static Document xml(ZipFile book, String entryName) throws IOException {
        ZipEntry entry = book.getEntry(entryName);
        try (InputStream in = book.getInputStream(entry)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Unreadable " + entryName + " in the workbook", e);
        }
    }
}
