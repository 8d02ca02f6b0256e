package io.anxin.kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken catalogs: every problem is reported with file, line and column, all at once. */
class CatalogLoaderErrorsTest {

    private final CatalogLoader loader = new CatalogLoader();

    private static Path broken(String name) {
        try {
            return Path.of(CatalogLoaderErrorsTest.class.getResource("broken/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> problems(Runnable load) {
        return catchThrowableOfType(CatalogException.class, load::run).problems();
    }

    @Test
    void diseases() {
        assertThat(problems(() -> loader.diseases(broken("diseases.csv")))).containsExactly(
                "diseases.csv:7: column insurance_type: 'employe' is not valid: expected employee or resident",
                "diseases.csv:8: column rule: 'same-day' is not valid: expected immediate or monthly (for resident insurance)",
                "diseases.csv:9: column name_zh: '高血压' appears twice for employee insurance (first on line 3)",
                "diseases.csv:10: column name_en: '' is not valid: expected the disease's English name",
                "diseases.csv:12: expected 5 columns (name_zh,name_en,insurance_type,rule,note), got 4"
                        + " (a value with a comma needs \"double quotes\")");
    }

    @Test
    void services() {
        List<String> problems = problems(() -> loader.services(broken("services.csv")));
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("services.csv:3: column code: 'chronic.filling' is not valid: expected one of "
                + "remote-care.filing, chronic.filing, reimburse.manual,");
        assertThat(problems.get(1)).isEqualTo("services.csv:4: column window: 'Reimburse' is not valid: expected a window "
                + "category such as general (lower-case letters, digits, '-')");
        assertThat(problems.get(2)).isEqualTo("services.csv:4: column enabled: 'yes' is not valid: expected true or false");
        assertThat(problems.get(3)).isEqualTo("services.csv:5: column code: 'remote-care.filing' appears twice (first on line 2)");
    }

    @Test
    void everyServiceMustBeListed() {
        List<String> problems = problems(() -> loader.services(broken("services-incomplete.csv")));
        assertThat(problems).hasSize(8).contains("services-incomplete.csv: service 'chronic.filing' is missing: "
                + "list every service (set enabled to false to hide one)");
    }

    @Test
    void hospitals() {
        assertThat(problems(() -> loader.hospitals(broken("hospitals.csv")))).containsExactly(
                "hospitals.csv:3: column name_en: '' is not valid: expected the hospital's English name",
                "hospitals.csv:4: column name_zh: '山东省立医院' appears twice (first on line 2)");
    }

    @Test
    void destinations() {
        assertThat(problems(() -> loader.destinations(broken("destinations.csv")))).containsExactly(
                "destinations.csv:3: column home_province: 'false' is not valid: expected true like the other rows of 山东省 (line 2)",
                "destinations.csv:5: column city: '北京市' appears twice in 北京市 (first on line 4)",
                "destinations.csv:6: column home_province: 'maybe' is not valid: expected true or false");
        assertThat(problems(() -> loader.destinations(broken("destinations-two-homes.csv")))).containsExactly(
                "destinations-two-homes.csv: expected exactly one home province (home_province=true), found 2");
    }

    @Test
    void residentCategories() {
        String amount = "an amount in yuan with at most 2 decimals, such as 400.00 (0 when fully subsidised)";
        assertThat(problems(() -> loader.contributions(broken("resident-categories.csv")))).containsExactly(
                "resident-categories.csv:2: column contribution: '400.005' is not valid: expected " + amount,
                "resident-categories.csv:3: column code: 'Child' is not valid: expected a code of lower-case letters, "
                        + "digits and '-', such as adult",
                "resident-categories.csv:4: column insurance_year: '26' is not valid: expected the insurance year, such as 2026",
                "resident-categories.csv:4: column contribution: '-1' is not valid: expected " + amount,
                "resident-categories.csv:5: column code: 'adult' appears twice for 2026 (first on line 2)");
    }

    @Test
    void calendar() {
        assertThat(problems(() -> loader.calendar(broken("calendar.csv")))).containsExactly(
                "calendar.csv:2: column date: '2026-02-30' is not valid: expected a date such as 2026-10-01",
                "calendar.csv:3: column type: 'workday' is not valid on 2026-03-02 (a Monday): expected holiday "
                        + "(make-up working days fall on a Saturday or Sunday)",
                "calendar.csv:4: column type: 'holday' is not valid: expected holiday or workday",
                "calendar.csv:5: column name: '' is not valid: expected the holiday's name, such as 国庆节",
                "calendar.csv:7: column date: '2026-10-03' appears twice (first on line 6)");
    }

    @Test
    void headerAndQuoting() {
        assertThat(problems(() -> loader.destinations(broken("columns.csv")))).containsExactly(
                "columns.csv:1: header row: missing column home_province; expected province,city,home_province");
        assertThat(problems(() -> loader.destinations(broken("unterminated.csv"))))
                .singleElement().asString().startsWith("unterminated.csv:3: ");
    }

    @Test
    void hall() {
        assertThat(problems(() -> loader.hall(broken("hall.properties")))).containsExactly(
                "hall.properties:7: unknown key 'review-day': expected one of [name, address, phone, opening-hours, "
                        + "resident-review-day]",
                "hall.properties:3: address='' is not valid: expected the hall's street address",
                "hall.properties:4: phone='86123456' is not valid: expected a landline with area code such as "
                        + "0531-12345678, a mobile number, or a hotline such as 12393",
                "hall.properties:6: resident-review-day='31' is not valid: expected a day of the month from 1 to 28 (default 25)");
    }

    @Test
    void policyArticles() {
        assertThat(problems(() -> loader.policy(broken("policy")))).containsExactlyInAnyOrder(
                "policy/Bad_Name.md: file name 'Bad_Name.md' is not valid: expected lower-case letters, digits and '-', "
                        + "such as remote-care.md",
                "policy/no-body.md:4: the article has no body",
                "policy/no-keywords.md:2: keywords line missing: expected 'keywords: word, word'",
                "policy/no-keywords.md:3: expected an empty line between the keywords and the body",
                "policy/no-keywords.md:4: the article has no body");
    }

    @Test
    void aFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("diseases.csv");
        Files.write(file, "name_zh,name_en,insurance_type,rule,note\n高血压,Hypertension,employee,same-day,x\n"
                .getBytes(Charset.forName("GBK")));
        assertThat(problems(() -> loader.diseases(file)))
                .containsExactly("diseases.csv: is not valid UTF-8 text (save it as UTF-8)");
    }

    @Test
    void aBrokenConfigFolderReportsEveryFileAtOnce(@TempDir Path dir) throws IOException {
        copyShippedConfig(dir);
        Files.copy(broken("diseases.csv"), dir.resolve("diseases.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(broken("calendar.csv"), dir.resolve("calendar.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(dir.resolve("destinations.csv"));
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> loader.load(dir));
        assertThat(e.problems()).hasSize(11)
                .contains("diseases.csv:7: column insurance_type: 'employe' is not valid: expected employee or resident",
                        "calendar.csv:3: column type: 'workday' is not valid on 2026-03-02 (a Monday): expected holiday "
                                + "(make-up working days fall on a Saturday or Sunday)",
                        "destinations.csv: the file is missing");
        assertThat(e).hasMessageStartingWith("the catalog in " + dir.toAbsolutePath().normalize()
                + " cannot be used (11 problems):");
    }

    @Test
    void aCalendarWithTooLongABreakIsRefused(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("date,type,name\n");
        for (int day = 1; day <= 16; day++) {
            csv.append(String.format("2026-07-%02d,holiday,x%n", day));
        }
        Path file = dir.resolve("calendar.csv");
        Files.writeString(file, csv);
        assertThatThrownBy(() -> loader.calendar(file)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("calendar.csv: more than 14 days off in a row up to 2026-07-15");
    }

    static void copyShippedConfig(Path target) throws IOException {
        Path source = Path.of("kiosk-config");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }
}
