package io.anxin.kiosk.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

/**
 * Reads one catalog CSV: UTF-8 (a byte-order mark is allowed), RFC 4180 quoting, a header row
 * naming the columns (any order), blank lines and lines starting with {@code #} ignored. Rows keep
 * their physical line number for messages. Problems go to {@link Problems}; nothing is thrown.
 */
final class CsvTable {

    private CsvTable() {
    }

    /**
     * Hands each data row of {@code file} to {@code each}, in file order, as it is read; nothing when
     * the file or its header is unusable.
     */
    static void read(Path file, String label, List<String> columns, Problems problems, Consumer<Row> each) {
        Optional<String> text = readText(file, label, problems);
        if (text.isEmpty()) {
            return;
        }
        String[] lines = text.get().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("#")) {
                lines[i] = "";
            }
        }
        int line = 1;
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(String.join("\n", lines)))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            Map<String, Integer> header = null;
            while (true) {
                line = (int) reader.getLinesRead() + 1;
                String[] record = reader.readNext();
                if (record == null) {
                    break;
                }
                if (record.length == 1 && record[0].isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = header(record, label, line, columns, problems);
                    if (header == null) {
                        return;
                    }
                    continue;
                }
                if (record.length != header.size()) {
                    problems.add(label, line, "expected " + header.size() + " columns (" + String.join(",", columns)
                            + "), got " + record.length + " (a value with a comma needs \"double quotes\")");
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                header.forEach((name, index) -> cells.put(name, record[index].strip()));
                each.accept(new Row(label, line, cells, problems));
            }
            if (header == null) {
                problems.add(label, 0, "the file is empty; it needs the header row: " + String.join(",", columns));
            }
        } catch (IOException | CsvException e) {
            problems.add(label, line, "cannot be read as CSV: " + e.getMessage()
                    + " (look for a \" that is not closed)");
        }
    }

    static Optional<String> readText(Path file, String label, Problems problems) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (NoSuchFileException e) {
            problems.add(label, 0, "the file is missing");
        } catch (CharacterCodingException e) {
            problems.add(label, 0, "is not valid UTF-8 text (save it as UTF-8)");
        } catch (IOException e) {
            problems.add(label, 0, "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static Map<String, Integer> header(String[] record, String label, int line, List<String> columns,
                                               Problems problems) {
        Map<String, Integer> index = new HashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (int i = 0; i < record.length; i++) {
            String name = record[i].strip();
            if (!columns.contains(name)) {
                unknown.add(name);
            } else if (index.put(name, i) != null) {
                unknown.add(name + " (twice)");
            }
        }
        List<String> missing = columns.stream().filter(c -> !index.containsKey(c)).toList();
        if (unknown.isEmpty() && missing.isEmpty()) {
            return index;
        }
        StringBuilder message = new StringBuilder("header row: ");
        if (!missing.isEmpty()) {
            message.append("missing column ").append(String.join(", ", missing)).append("; ");
        }
        if (!unknown.isEmpty()) {
            message.append("unknown column ").append(String.join(", ", unknown)).append("; ");
        }
        problems.add(label, line, message.append("expected ").append(String.join(",", columns)).toString());
        return null;
    }

    /**
     * One data row, valid only inside the {@code each} callback. The accessors report a bad value and
     * return null; {@link #ok()} says whether all were good.
     */
    static final class Row {
        private final String file;
        private final int line;
        private final Map<String, String> cells;
        private final Problems problems;
        private final int problemsBefore;

        Row(String file, int line, Map<String, String> cells, Problems problems) {
            this.file = file;
            this.line = line;
            this.cells = cells;
            this.problems = problems;
            this.problemsBefore = problems.count();
        }

        int line() {
            return line;
        }

        String raw(String column) {
            return cells.get(column);
        }

        /** A value that must not be empty. */
        String text(String column, String expected) {
            String v = cells.get(column);
            if (v.isEmpty()) {
                problems.badValue(file, line, column, v, expected);
                return null;
            }
            return v;
        }

        /** {@code parse} returns null or empty for a bad value. */
        <T> T value(String column, Function<String, Optional<T>> parse, String expected) {
            String v = cells.get(column);
            Optional<T> parsed;
            try {
                parsed = parse.apply(v);
            } catch (RuntimeException e) {
                parsed = Optional.empty();
            }
            if (parsed == null || parsed.isEmpty()) {
                problems.badValue(file, line, column, v, expected);
                return null;
            }
            return parsed.get();
        }

        Boolean bool(String column) {
            return value(column, v -> switch (v) {
                case "true" -> Optional.of(Boolean.TRUE);
                case "false" -> Optional.of(Boolean.FALSE);
                default -> Optional.empty();
            }, "true or false");
        }

        void problem(String column, String message) {
            problems.add(file, line, "column " + column + ": " + message);
        }

        /** True when no accessor of this row reported a problem. */
        boolean ok() {
            return problems.count() == problemsBefore;
        }
    }
}
