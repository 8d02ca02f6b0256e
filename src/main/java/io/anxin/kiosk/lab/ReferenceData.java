package io.anxin.kiosk.lab;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

import io.anxin.kiosk.catalog.CatalogException;
import io.anxin.kiosk.catalog.CatalogLoader;

/**
 * The datasets of GET /v1/reference-data, read from a kiosk config folder's catalogs: each CSV as a
 * list of objects keyed by its header (comment and blank lines left out), {@code hall} as an object,
 * {@code policy} as a list of {@code {name, text}} articles. The folder is checked with the kiosk's own
 * {@link CatalogLoader} first, so the lab never serves catalogs a kiosk would refuse. {@link #hash()}
 * covers every byte read; the store turns a new hash into a new version. Immutable.
 */
final class ReferenceData {

    private static final List<String[]> CSV_DATASETS = List.of(
            new String[] {"services", CatalogLoader.SERVICES},
            new String[] {"diseases", CatalogLoader.DISEASES},
            new String[] {"destinations", CatalogLoader.DESTINATIONS},
            new String[] {"residentCategories", CatalogLoader.CATEGORIES},
            new String[] {"calendar", CatalogLoader.CALENDAR});

    private final ObjectNode datasets;
    private final String hash;

    private ReferenceData(ObjectNode datasets, String hash) {
        this.datasets = datasets;
        this.hash = hash;
    }

    static ReferenceData load(Path configDir) {
        try {
            new CatalogLoader().load(configDir);
        } catch (CatalogException e) {
            throw new LabException(LabException.Kind.USAGE, "catalogs in " + configDir + " are not valid: "
                    + e.getMessage(), e);
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ObjectNode datasets = LabJson.MAPPER.createObjectNode();
            for (String[] d : CSV_DATASETS) {
                String text = read(configDir.resolve(d[1]), digest);
                datasets.set(d[0], csv(text, d[1]));
            }
            Properties hall = new Properties();
            hall.load(new StringReader(read(configDir.resolve(CatalogLoader.HALL), digest)));
            ObjectNode hallNode = datasets.putObject("hall");
            new TreeMap<>(hall).forEach((k, v) -> hallNode.put(k.toString(), v.toString()));
            ArrayNode policy = datasets.putArray("policy");
            List<Path> articles;
            try (Stream<Path> files = Files.list(configDir.resolve(CatalogLoader.POLICY))) {
                articles = files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted()
                        .collect(Collectors.toList());
            }
            for (Path article : articles) {
                digest.update(article.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                policy.addObject().put("name", article.getFileName().toString()).put("text", read(article, digest));
            }
            return new ReferenceData(datasets, java.util.HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new LabException(LabException.Kind.USAGE, "cannot read catalogs in " + configDir + ": " + e, e);
        }
    }

    ObjectNode datasets() {
        return datasets.deepCopy();
    }

    String hash() {
        return hash;
    }

    private static String read(Path file, MessageDigest digest) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        digest.update(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static ArrayNode csv(String text, String label) throws IOException {
        String data = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .collect(Collectors.joining("\n"));
        ArrayNode rows = LabJson.MAPPER.createArrayNode();
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(data))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<String[]> all = reader.readAll();
            if (all.isEmpty()) {
                return rows;
            }
            String[] header = all.get(0);
            for (String[] row : all.subList(1, all.size())) {
                ObjectNode o = rows.addObject();
                for (int i = 0; i < header.length && i < row.length; i++) {
                    o.put(header[i].strip(), row[i]);
                }
            }
        } catch (CsvException e) {
            throw new IOException(label + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
