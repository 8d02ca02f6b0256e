package io.anxin.kiosk.device.card.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.anxin.kiosk.device.card.CardFailure;
import io.anxin.kiosk.device.card.CardReadException;
import io.anxin.kiosk.device.card.SocialSecurityCard;
import io.anxin.kiosk.device.card.SocialSecurityCardProtocol;
import io.anxin.kiosk.domain.Sex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.smartcardio.Card;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoCardCatalogTest {

    private static final Path SHIPPED = Path.of("kiosk-config", DemoCardCatalog.FILE_NAME);
    private static final String GOOD_ROW =
            "王秀英,370102195203154320,A01234567,370100000000,2019-06-01,2029-06-01,3.00,1,370102,false";

    @Test
    void theShippedCatalogHasTheResidentsTheDemoNeeds() {
        DemoCardCatalog catalog = DemoCardCatalog.load(SHIPPED);
        LocalDate today = LocalDate.of(2025, 6, 1);

        DemoCardholder wang = catalog.byCardNumber("A01234567").orElseThrow();
        assertThat(wang.name()).isEqualTo("王秀英");
        assertThat(wang.idNumber().value()).isEqualTo("370102195203154320");
        assertThat(wang.issuer()).isEqualTo("370100000000");
        assertThat(wang.issueDate()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(wang.expiryDate()).isEqualTo(LocalDate.of(2029, 6, 1));
        assertThat(wang.specVersion()).isEqualTo("3.00");
        assertThat(wang.ethnicityCode()).isEqualTo(1);
        assertThat(wang.sex()).isEqualTo(Sex.FEMALE);

        assertThat(catalog.cards()).extracting(DemoCardholder::name).contains("王秀英", "李建国", "张桂兰");
        assertThat(catalog.cards()).filteredOn(c -> c.name().equals("李建国"))
                .singleElement().satisfies(c -> {
                    assertThat(c.idNumber().value()).isEqualTo("370202195808220816");
                    assertThat(c.sex()).isEqualTo(Sex.MALE);
                });
        assertThat(catalog.cards()).filteredOn(c -> c.name().equals("张桂兰"))
                .singleElement().satisfies(c -> assertThat(c.idNumber().value()).isEqualTo("11010519491231002X"));
        assertThat(catalog.cards()).anyMatch(c -> c.expiryDate().isBefore(today));
        assertThat(catalog.cards()).anyMatch(DemoCardholder::holderDataProtected);
    }

    @Test
    void everyShippedCardReadsThroughTheSimulator() throws Exception {
        SimulatedCardTerminals simulator = new SimulatedCardTerminals();
        LocalDate today = LocalDate.of(2025, 6, 1);
        for (DemoCardholder holder : DemoCardCatalog.load(SHIPPED).cards()) {
            simulator.insert(holder);
            Card card = simulator.terminal().connect("*");
            try {
                if (holder.holderDataProtected()) {
                    assertThatThrownBy(() -> SocialSecurityCardProtocol.read(card.getBasicChannel(), today))
                            .isInstanceOfSatisfying(CardReadException.class,
                                    e -> assertThat(e.kind()).isEqualTo(CardFailure.DATA_PROTECTED));
                } else {
                    SocialSecurityCard read = SocialSecurityCardProtocol.read(card.getBasicChannel(), today);
                    assertThat(read.name()).isEqualTo(holder.name());
                    assertThat(read.idNumber()).isEqualTo(holder.idNumber());
                    assertThat(read.cardNumber()).isEqualTo(holder.cardNumber());
                    assertThat(read.ethnicityCode()).isEqualTo(holder.ethnicityCode());
                    assertThat(read.isExpiredOn(today)).isEqualTo(holder.expiryDate().isBefore(today));
                }
            } finally {
                card.disconnect(false);
                simulator.remove();
            }
        }
    }

    @Test
    void acceptsBomCrLfCommentsAndBlankLines() {
        DemoCardCatalog catalog = DemoCardCatalog.parse("test.csv", List.of(
                "\uFEFF# demo residents\r", DemoCardCatalog.HEADER + "\r", "", GOOD_ROW + "\r", "   "));

        assertThat(catalog.cards()).hasSize(1);
    }

    @Test
    void loadsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(DemoCardCatalog.FILE_NAME);
        Files.writeString(file, DemoCardCatalog.HEADER + "\n" + GOOD_ROW + "\n", StandardCharsets.UTF_8);

        assertThat(DemoCardCatalog.load(file).cards()).hasSize(1);
    }

    @Test
    void aMissingFileIsReportedByName(@TempDir Path dir) {
        Path file = dir.resolve("nope.csv");

        assertThatThrownBy(() -> DemoCardCatalog.load(file))
                .isInstanceOf(DemoCardCatalogException.class)
                .hasMessageContaining("nope.csv");
    }

    @Test
    void aFileThatIsNotUtf8IsReported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gbk.csv");
        Files.write(file, (DemoCardCatalog.HEADER + "\n" + GOOD_ROW).getBytes("GBK"));

        assertThatThrownBy(() -> DemoCardCatalog.load(file))
                .isInstanceOf(DemoCardCatalogException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void theHeaderMustBeExact() {
        assertThatThrownBy(() -> DemoCardCatalog.parse("x.csv", List.of("name,id", GOOD_ROW)))
                .isInstanceOfSatisfying(DemoCardCatalogException.class, e -> assertThat(e.line()).isEqualTo(1));
        assertThatThrownBy(() -> DemoCardCatalog.parse("x.csv", List.of()))
                .isInstanceOf(DemoCardCatalogException.class).hasMessageContaining("empty");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "王秀英,370102195203154321,A01234567,370100000000,2019-06-01,2029-06-01,3.00,1,370102,false | id_number",
            "王秀英,370102195203154320,A0123456,370100000000,2019-06-01,2029-06-01,3.00,1,370102,false  | card_number",
            "王秀英,370102195203154320,A01234567,3701000000,2019-06-01,2029-06-01,3.00,1,370102,false    | issuer",
            "王秀英,370102195203154320,A01234567,370100000000,2019/06/01,2029-06-01,3.00,1,370102,false | issue_date",
            "王秀英,370102195203154320,A01234567,370100000000,2019-06-01,2029-02-30,3.00,1,370102,false | expiry_date",
            "王秀英,370102195203154320,A01234567,370100000000,2029-06-01,2019-06-01,3.00,1,370102,false | expiry_date",
            "王秀英,370102195203154320,A01234567,370100000000,2019-06-01,2029-06-01,3.0,1,370102,false  | spec_version",
            "王秀英,370102195203154320,A01234567,370100000000,2019-06-01,2029-06-01,3.00,han,370102,false | ethnicity",
            "王秀英,370102195203154320,A01234567,370100000000,2019-06-01,2029-06-01,3.00,0,370102,false | ethnicity",
            "王秀英,370102195203154320,A01234567,370100000000,2019-06-01,2029-06-01,3.00,1,37010,false  | birthplace",
            "王秀英,370102195203154320,A01234567,370100000000,2019-06-01,2029-06-01,3.00,1,370102,yes   | protected",
            ",370102195203154320,A01234567,370100000000,2019-06-01,2029-06-01,3.00,1,370102,false      | name",
            "王秀英王秀英王秀英王秀英王秀英王秀英,370102195203154320,A01234567,370100000000,2019-06-01,2029-06-01,3.00,1,370102,false | name",
    })
    void aBadRowNamesLineAndColumn(String row, String column) {
        assertThatThrownBy(() -> DemoCardCatalog.parse("demo.csv", List.of(DemoCardCatalog.HEADER, GOOD_ROW.replace("A01", "Z01"), row)))
                .isInstanceOfSatisfying(DemoCardCatalogException.class, e -> {
                    assertThat(e.file()).isEqualTo("demo.csv");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.getMessage()).startsWith("demo.csv line 3, column " + column + ": ")
                            .doesNotContain("370102195203154320", "王秀英");
                });
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsIsReported() {
        assertThatThrownBy(() -> DemoCardCatalog.parse("demo.csv", List.of(DemoCardCatalog.HEADER, GOOD_ROW + ",extra")))
                .isInstanceOfSatisfying(DemoCardCatalogException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("expected 10 columns, got 11");
                });
    }

    @Test
    void aCardNumberMayAppearOnlyOnce() {
        assertThatThrownBy(() -> DemoCardCatalog.parse("demo.csv", List.of(DemoCardCatalog.HEADER, GOOD_ROW, GOOD_ROW)))
                .isInstanceOfSatisfying(DemoCardCatalogException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo("card_number");
                });
    }
}
