package io.anxin.kiosk.device.card.sim;

import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdNumberCheck;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The residents of demo mode: {@code kiosk-config/demo-cards.csv}, one simulated social security
 * card per line. UTF-8, comma separated, no quoting (no field holds a comma), a header line exactly
 * {@value #HEADER}; blank lines and lines starting with {@code #} are skipped. Every row is checked
 * and the first bad one is reported with its line and column. Immutable and thread-safe.
 */
public final class DemoCardCatalog {

    public static final String FILE_NAME = "demo-cards.csv";
    public static final String HEADER =
            "name,id_number,card_number,issuer,issue_date,expiry_date,spec_version,ethnicity,birthplace,protected";
    private static final String[] COLUMNS = HEADER.split(",");

    private final List<DemoCardholder> cards;

    private DemoCardCatalog(List<DemoCardholder> cards) {
        this.cards = List.copyOf(cards);
    }

    /** Reads {@code file}, usually {@code <config dir>/demo-cards.csv}. */
    public static DemoCardCatalog load(Path file) {
        String name = file.toString();
        List<String> lines;
        try {
            lines = List.of(StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString().split("\n", -1));
        } catch (CharacterCodingException e) {
            throw new DemoCardCatalogException(name, 0, "", "the file is not UTF-8 text", e);
        } catch (IOException e) {
            throw new DemoCardCatalogException(name, 0, "", "cannot read the file: " + e.getMessage(), e);
        }
        return parse(name, lines);
    }

    /** Parses lines already read; {@code source} names them in error messages. */
    public static DemoCardCatalog parse(String source, List<String> lines) {
        int headerLine = 0;
        List<DemoCardholder> cards = new ArrayList<>();
        Set<String> cardNumbers = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = stripLineEnd(lines.get(i), i == 0);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int lineNumber = i + 1;
            if (headerLine == 0) {
                if (!line.strip().equals(HEADER)) {
                    throw new DemoCardCatalogException(source, lineNumber, "", "the header must be exactly: " + HEADER,
                            null);
                }
                headerLine = lineNumber;
                continue;
            }
            DemoCardholder card = new Row(source, lineNumber, line).toCardholder();
            if (!cardNumbers.add(card.cardNumber())) {
                throw new DemoCardCatalogException(source, lineNumber, "card_number",
                        "card number " + card.cardNumber() + " appears twice", null);
            }
            cards.add(card);
        }
        if (headerLine == 0) {
            throw new DemoCardCatalogException(source, 0, "", "the file is empty; it needs the header: " + HEADER,
                    null);
        }
        return new DemoCardCatalog(cards);
    }

    /** The cards in file order. */
    public List<DemoCardholder> cards() {
        return cards;
    }

    public Optional<DemoCardholder> byCardNumber(String cardNumber) {
        return cards.stream().filter(c -> c.cardNumber().equals(cardNumber)).findFirst();
    }

    private static String stripLineEnd(String line, boolean first) {
        String s = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return first && s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** One data line, split and checked column by column. */
    private static final class Row {
        private final String source;
        private final int line;
        private final String[] fields;

        Row(String source, int line, String text) {
            this.source = source;
            this.line = line;
            this.fields = split(source, line, text);
            if (fields.length != COLUMNS.length) {
                throw new DemoCardCatalogException(source, line, "",
                        "expected " + COLUMNS.length + " columns, got " + fields.length, null);
            }
        }

        private static String[] split(String source, int line, String text) {
            try {
                return new com.opencsv.CSVParserBuilder().build().parseLine(text);
            } catch (java.io.IOException e) {
                throw new DemoCardCatalogException(source, line, "", "not a CSV line: " + e.getMessage(), e);
            }
        }

        DemoCardholder toCardholder() {
            IdNumber idNumber = idNumber();
            LocalDate issueDate = date(4);
            LocalDate expiryDate = date(5);
            int ethnicity = ethnicity();
            boolean isProtected = bool(9);
            try {
                return new DemoCardholder(field(0), idNumber, field(2), field(3), issueDate, expiryDate, field(6),
                        ethnicity, field(8), isProtected, DemoCardholder.derivedCardIdentifier(field(2)));
            } catch (IllegalArgumentException e) {
                throw new DemoCardCatalogException(source, line, columnOf(e.getMessage()), e.getMessage(), e);
            }
        }

        private IdNumber idNumber() {
            IdNumberCheck check = IdNumber.check(field(1));
            if (!check.isValid()) {
                throw fail(1, "not a valid 18-character ID number (" + check.problem().orElseThrow() + ")");
            }
            return IdNumber.parse(field(1));
        }

        private LocalDate date(int column) {
            try {
                return LocalDate.parse(field(column));
            } catch (DateTimeParseException e) {
                throw fail(column, "expected a date like 2019-06-01, got '" + field(column) + "'");
            }
        }

        private int ethnicity() {
            try {
                return Integer.parseInt(field(7));
            } catch (NumberFormatException e) {
                throw fail(7, "expected a GB 3304 code such as 1, got '" + field(7) + "'");
            }
        }

        private boolean bool(int column) {
            return switch (field(column)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw fail(column, "expected true or false, got '" + field(column) + "'");
            };
        }

        private String field(int column) {
            return fields[column].strip();
        }

        private DemoCardCatalogException fail(int column, String problem) {
            return new DemoCardCatalogException(source, line, COLUMNS[column], problem, null);
        }

        /** DemoCardholder's messages start with the field's plain name; map it back to the column. */
        private static String columnOf(String message) {
            String m = message == null ? "" : message;
            if (m.startsWith("name")) {
                return "name";
            } else if (m.startsWith("card number")) {
                return "card_number";
            } else if (m.startsWith("issuer")) {
                return "issuer";
            } else if (m.startsWith("birthplace")) {
                return "birthplace";
            } else if (m.startsWith("spec version")) {
                return "spec_version";
            } else if (m.startsWith("ethnicity")) {
                return "ethnicity";
            } else if (m.startsWith("expiry")) {
                return "expiry_date";
            }
            return "";
        }
    }
}
