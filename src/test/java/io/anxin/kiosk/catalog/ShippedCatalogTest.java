package io.anxin.kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.anxin.kiosk.domain.ChronicAnswer;
import io.anxin.kiosk.domain.ChronicDiseaseRules;
import io.anxin.kiosk.domain.WorkingDayCalendar;
import io.anxin.kiosk.domain.catalog.Catalogs;
import io.anxin.kiosk.domain.catalog.ChronicDisease;
import io.anxin.kiosk.domain.catalog.Destination;
import io.anxin.kiosk.domain.catalog.InsuranceType;
import io.anxin.kiosk.domain.catalog.PolicyArticle;
import io.anxin.kiosk.domain.catalog.ReviewRule;
import io.anxin.kiosk.domain.catalog.ServiceCode;
import io.anxin.kiosk.domain.catalog.ServiceEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogs shipped in kiosk-config/ load cleanly and say what specs/services.md says. */
class ShippedCatalogTest {

    private static final Catalogs CATALOGS = new CatalogLoader().load(Path.of("kiosk-config"));

    @Test
    void everyServiceIsListedAndEnabled() {
        assertThat(CATALOGS.services().all()).extracting(ServiceEntry::code).containsExactly(ServiceCode.values());
        assertThat(CATALOGS.services().enabled()).hasSize(10);
        assertThat(CATALOGS.services().get(ServiceCode.REMOTE_CARE_FILING).nameZh()).isEqualTo("异地就医备案");
        assertThat(CATALOGS.services().get(ServiceCode.REIMBURSE_MANUAL).materials()).contains("医疗费用发票原件", "本人银行卡");
        assertThat(CATALOGS.services().get(ServiceCode.QUERY_ACCOUNT).materials()).isEmpty();
    }

    @Test
    void diseaseListsFollowJinansRules() {
        List<ChronicDisease> employee = CATALOGS.diseases().forType(InsuranceType.EMPLOYEE);
        List<ChronicDisease> resident = CATALOGS.diseases().forType(InsuranceType.RESIDENT);
        assertThat(employee).hasSizeGreaterThanOrEqualTo(15);
        assertThat(resident).hasSizeGreaterThanOrEqualTo(15);
        assertThat(employee.stream().filter(d -> d.rule() == ReviewRule.CENTRALISED_ASSESSMENT).map(ChronicDisease::nameZh))
                .containsExactlyInAnyOrder("高血压", "糖尿病", "冠心病", "脑血管病后遗症");
        assertThat(employee).allMatch(d -> d.rule() == ReviewRule.CENTRALISED_ASSESSMENT || d.rule() == ReviewRule.SAME_DAY);
        assertThat(resident.stream().filter(d -> d.rule() == ReviewRule.IMMEDIATE).map(ChronicDisease::nameZh))
                .containsExactlyInAnyOrder("恶性肿瘤", "肾透析", "器官移植抗排异");
        assertThat(resident).allMatch(d -> d.rule() == ReviewRule.IMMEDIATE || d.rule() == ReviewRule.MONTHLY);
        assertThat(CATALOGS.diseases().find(InsuranceType.RESIDENT, "高血压")).map(ChronicDisease::rule)
                .contains(ReviewRule.MONTHLY);
    }

    @Test
    void destinationsCoverEveryProvinceAndShandongsSixteenCities() {
        assertThat(CATALOGS.destinations().citiesOf("山东省")).extracting(Destination::city).containsExactly(
                "济南市", "青岛市", "淄博市", "枣庄市", "东营市", "烟台市", "潍坊市", "济宁市", "泰安市", "威海市", "日照市",
                "临沂市", "德州市", "聊城市", "滨州市", "菏泽市");
        assertThat(CATALOGS.destinations().citiesOf("山东省")).allMatch(Destination::homeProvince);
        assertThat(CATALOGS.destinations().provinces()).hasSize(31).startsWith("山东省");
        assertThat(CATALOGS.destinations().all()).filteredOn(Destination::homeProvince).hasSize(16);
        for (String[] capital : new String[][] {{"北京市", "北京市"}, {"河北省", "石家庄市"}, {"海南省", "海口市"},
                {"新疆维吾尔自治区", "乌鲁木齐市"}, {"西藏自治区", "拉萨市"}, {"广东省", "广州市"}}) {
            assertThat(CATALOGS.destinations().find(capital[0], capital[1])).isPresent();
        }
    }

    @Test
    void contributionsForThisYearAndNext() {
        assertThat(CATALOGS.contributions().amountFor("adult", 2026)).contains(new BigDecimal("400.00"));
        assertThat(CATALOGS.contributions().amountFor("destitute", 2027)).contains(new BigDecimal("0.00"));
        assertThat(CATALOGS.contributions().amountFor("adult", 2025)).isEmpty();
        assertThat(CATALOGS.contributions().categories(2026)).hasSizeGreaterThanOrEqualTo(5)
                .allMatch(c -> c.contribution().scale() == 2);
    }

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
            "2026-01-01, false", "2026-01-02, false", "2026-01-04, true",   // 元旦, make-up Sunday
            "2026-02-14, true", "2026-02-16, false", "2026-02-23, false", "2026-02-24, true", "2026-02-28, true", // 春节
            "2026-04-06, false",                                             // 清明 (Monday)
            "2026-05-01, false", "2026-05-05, false", "2026-05-06, true", "2026-05-09, true", // 劳动节
            "2026-06-19, false",                                             // 端午 (Friday)
            "2026-09-25, false",                                             // 中秋 (Friday)
            "2026-09-20, true", "2026-10-01, false", "2026-10-07, false", "2026-10-08, true", "2026-10-10, true", // 国庆
            "2026-03-02, true", "2026-03-07, false",
    })
    void calendar2026FollowsTheStateCouncilSchedule(LocalDate date, boolean working) {
        assertThat(new WorkingDayCalendar(CATALOGS.calendar()).isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void calendarCovers2026And2027AndKeepsTheQuarterlyFloor() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(CATALOGS.calendar());
        assertThat(calendar.coveredYears()).containsExactlyInAnyOrder(2026, 2027);
        ChronicDiseaseRules rules = new ChronicDiseaseRules(calendar, CATALOGS.hall().residentReviewDay());
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.isBefore(LocalDate.of(2028, 1, 1)); d = d.plusDays(1)) {
            for (ChronicDisease disease : CATALOGS.diseases().all()) {
                ChronicAnswer a = rules.expectedAnswer(disease, disease.insuranceType(), d);
                assertThat(a.answerBy()).isBetween(d, d.plus(ChronicDiseaseRules.PROVINCE_FLOOR));
            }
        }
        // 高血压 (employee) submitted the Monday before 国庆 2026: 20 working days incl. make-up Saturday 10 Oct
        ChronicDisease hypertension = CATALOGS.diseases().find(InsuranceType.EMPLOYEE, "高血压").orElseThrow();
        assertThat(rules.expectedAnswer(hypertension, InsuranceType.EMPLOYEE, LocalDate.of(2026, 9, 28)).answerBy())
                .isEqualTo(LocalDate.of(2026, 10, 30));
    }

    @Test
    void hall() {
        assertThat(CATALOGS.hall().residentReviewDay()).isEqualTo(25);
        assertThat(CATALOGS.hall().name()).isNotBlank();
        assertThat(CATALOGS.hall().phone()).isEqualTo("12393");
    }

    @Test
    void policyArticles() {
        List<PolicyArticle> articles = CATALOGS.policy().articles();
        assertThat(articles).hasSizeBetween(6, 8).allSatisfy(a -> {
            assertThat(a.title()).isNotBlank();
            assertThat(a.keywords()).isNotEmpty();
            assertThat(a.paragraphs()).allMatch(p -> !p.isBlank() && !p.contains("\n\n"));
        });
        assertThat(articles).extracting(PolicyArticle::id).contains("remote-care", "chronic-disease", "long-prescription",
                "manual-reimbursement", "resident-enrolment", "assisted-service", "elderly-priority");
        assertThat(CATALOGS.policy().byId("long-prescription").orElseThrow().body())
                .contains(ChronicDiseaseRules.LONG_PRESCRIPTION_MAX_MONTHS + "个月");
        assertThat(CATALOGS.policy().byId("remote-care").orElseThrow().keywords()).contains("异地就医", "备案");
        assertThat(Arrays.stream(CATALOGS.policy().byId("chronic-disease").orElseThrow().body().split("\n\n"))).hasSize(5);
    }
}
