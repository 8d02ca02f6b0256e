package io.anxin.kiosk.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.anxin.kiosk.domain.catalog.PolicyArticle;
import io.anxin.kiosk.domain.catalog.PolicyLibrary;

/**
 * The policy articles in {@code policy/*.md}. Each file: line 1 {@code # title}; line 2
 * {@code keywords: word, word} (separated by ',', '，', '、' or ';'); line 3 empty; then the body,
 * paragraphs separated by blank lines, plain text (it is read aloud). The file name (lower-case
 * letters, digits, '-') is the article's id.
 */
final class PolicyArticles {

    static final String KEYWORDS_PREFIX = "keywords:";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern KEYWORD_SEPARATOR = Pattern.compile("[,;\\uFF0C\\u3001\\uFF1B]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u3000]*(?:\\n[ \\t\\u3000]*)+");

    private PolicyArticles() {
    }

    static Optional<PolicyLibrary> read(Path dir, String dirLabel, Problems problems) {
        int before = problems.count();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (NoSuchFileException e) {
            problems.add(dirLabel, 0, "the folder is missing (it holds the policy articles, *.md)");
            return Optional.empty();
        } catch (IOException e) {
            problems.add(dirLabel, 0, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        List<PolicyArticle> articles = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String label = dirLabel + "/" + name;
            String id = name.substring(0, name.length() - ".md".length());
            if (!ID.matcher(id).matches()) {
                problems.add(label, 0, "file name '" + name
                        + "' is not valid: expected lower-case letters, digits and '-', such as remote-care.md");
                continue;
            }
            CsvTable.readText(file, label, problems).flatMap(text -> parse(id, label, text, problems))
                    .ifPresent(articles::add);
        }
        if (problems.count() == before && articles.isEmpty()) {
            problems.add(dirLabel, 0, "no articles (*.md) found");
        }
        return problems.count() == before ? Optional.of(new PolicyLibrary(articles)) : Optional.empty();
    }

    private static Optional<PolicyArticle> parse(String id, String label, String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        int before = problems.count();
        String title = lines[0].startsWith("# ") ? lines[0].substring(2).strip() : "";
        if (title.isEmpty()) {
            problems.add(label, 1, "'" + lines[0] + "' is not a title line: expected '# ' and the title");
        }
        List<String> keywords = List.of();
        if (lines.length < 2 || !lines[1].startsWith(KEYWORDS_PREFIX)) {
            problems.add(label, 2, "keywords line missing: expected '" + KEYWORDS_PREFIX + " word, word'");
        } else {
            keywords = Arrays.stream(KEYWORD_SEPARATOR.split(lines[1].substring(KEYWORDS_PREFIX.length())))
                    .map(String::strip).filter(k -> !k.isEmpty()).toList();
            if (keywords.isEmpty()) {
                problems.add(label, 2, "no keywords: expected at least one after '" + KEYWORDS_PREFIX + "'");
            }
        }
        if (lines.length < 3 || !lines[2].isBlank()) {
            problems.add(label, 3, "expected an empty line between the keywords and the body");
        }
        String body = lines.length < 4 ? ""
                : BLANK_LINES.matcher(String.join("\n", Arrays.asList(lines).subList(3, lines.length)).strip())
                        .replaceAll("\n\n");
        if (body.isEmpty()) {
            problems.add(label, 4, "the article has no body");
        }
        return problems.count() == before ? Optional.of(new PolicyArticle(id, title, keywords, body)) : Optional.empty();
    }
}
