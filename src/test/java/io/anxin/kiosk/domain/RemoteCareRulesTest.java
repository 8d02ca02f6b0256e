package io.anxin.kiosk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import io.anxin.kiosk.domain.RemoteCareDecision.Outcome;
import io.anxin.kiosk.domain.catalog.Destination;
import io.anxin.kiosk.domain.catalog.DestinationCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RemoteCareRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    private static final Destination JINAN = new Destination("山东省", "济南市", true);
    private static final Destination QINGDAO = new Destination("山东省", "青岛市", true);
    private static final Destination SANYA = new Destination("海南省", "三亚市", false);
    private static final Destination BEIJING = new Destination("北京市", "北京市", false);
    private static final Destination NOWHERE = new Destination("海南省", "不存在市", false);

    /** 23:30 in Shanghai is still 10 June there, although it is 15:30 UTC. */
    private final Clock clock = Clock.fixed(ZonedDateTime.of(TODAY, java.time.LocalTime.of(23, 30), SHANGHAI).toInstant(), SHANGHAI);
    private final RemoteCareRules rules = new RemoteCareRules(
            new DestinationCatalog(List.of(JINAN, QINGDAO, SANYA, BEIJING)), clock);

    private static RemoteCareRequest request(RemoteCareType type, Destination destination, LocalDate start,
                                             LocalDate end, String phone, String hospital) {
        return new RemoteCareRequest(type, Optional.ofNullable(destination), Optional.ofNullable(start),
                Optional.ofNullable(end), phone, Optional.ofNullable(hospital));
    }

    @Test
    void temporaryTreatmentInsideTheHomeProvinceNeedsNoFiling() {
        assertThat(rules.filingNeeded(RemoteCareType.TEMPORARY, QINGDAO)).isFalse();
        RemoteCareDecision d = rules.assess(request(RemoteCareType.TEMPORARY, QINGDAO, null, null, "", null));
        assertThat(d.outcome()).isEqualTo(Outcome.NO_FILING_NEEDED);
        assertThat(d.errors()).isEmpty();
        assertThat(d.filingTarget()).isEmpty();
        assertThat(d.key()).isEqualTo(RemoteCareRules.KEY_NO_FILING);
        assertThat(d.args()).containsExactly("山东省", "青岛市");
    }

    @ParameterizedTest
    @EnumSource(value = RemoteCareType.class, names = "TEMPORARY", mode = EnumSource.Mode.EXCLUDE)
    void otherTypesInsideTheHomeProvinceAreFiled(RemoteCareType type) {
        assertThat(rules.filingNeeded(type, QINGDAO)).isTrue();
        RemoteCareDecision d = rules.assess(request(type, QINGDAO, TODAY, null, "13812345678", "山东省立医院"));
        assertThat(d.outcome()).isEqualTo(Outcome.READY_TO_FILE);
        assertThat(d.filingTarget()).contains(QINGDAO);
    }

    @Test
    void temporaryTreatmentOutsideTheProvinceIsFiledAtTheDestination() {
        RemoteCareDecision d = rules.assess(request(RemoteCareType.TEMPORARY, SANYA, TODAY, TODAY.plusDays(30),
                "138 1234 5678", null));
        assertThat(d.outcome()).isEqualTo(Outcome.READY_TO_FILE);
        assertThat(d.filingTarget()).contains(SANYA);
        assertThat(d.commitmentKey()).isEmpty();
        assertThat(d.key()).isEqualTo(RemoteCareRules.KEY_READY);
        assertThat(d.args()).containsExactly("海南省", "三亚市");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "LONG_TERM_RESIDENCE, rules.remote-care.commitment.long-term-residence",
            "STATIONED_WORK,      rules.remote-care.commitment.stationed-work",
    })
    void longTermResidenceAndStationedWorkAreCommitmentBased(RemoteCareType type, String commitmentKey) {
        assertThat(type.commitmentBased()).isTrue();
        RemoteCareDecision d = rules.assess(request(type, SANYA, TODAY.plusDays(3), null, "0531-86123456", null));
        assertThat(d.outcome()).isEqualTo(Outcome.READY_TO_FILE);
        assertThat(d.commitmentKey()).contains(commitmentKey);
        assertThat(d.filingTarget()).contains(SANYA);
    }

    @Test
    void referralRecordsTheReferringHospitalAndNeedsNoPaper() {
        assertThat(RemoteCareType.REFERRAL.commitmentBased()).isFalse();
        RemoteCareDecision d = rules.assess(request(RemoteCareType.REFERRAL, BEIJING, TODAY, null, "13812345678",
                " 山东省立医院 "));
        assertThat(d.outcome()).isEqualTo(Outcome.READY_TO_FILE);
        assertThat(d.commitmentKey()).isEmpty();
        assertThat(d.key()).isEqualTo(RemoteCareRules.KEY_READY_REFERRAL);
        assertThat(d.args()).containsExactly("北京市", "北京市", "山东省立医院");

        RemoteCareDecision missing = rules.assess(request(RemoteCareType.REFERRAL, BEIJING, TODAY, null, "13812345678", " "));
        assertThat(missing.outcome()).isEqualTo(Outcome.NEEDS_CORRECTION);
        assertThat(missing.errors()).containsExactly(FieldError.of(RemoteCareRequest.FIELD_REFERRING_HOSPITAL,
                RemoteCareRules.KEY_REFERRING_HOSPITAL_MISSING));
    }

    @ParameterizedTest(name = "{0} {1} start={2} end={3} phone={4}: {5} {6}")
    @CsvSource(nullValues = "-", value = {
            "TEMPORARY,           SANYA,   -,          2026-07-01, 13812345678, startDate,   rules.date.start.missing",
            "TEMPORARY,           SANYA,   2026-06-09, 2026-07-01, 13812345678, startDate,   rules.date.start.past",
            "TEMPORARY,           SANYA,   2027-06-11, 2027-07-01, 13812345678, startDate,   rules.date.start.too-far",
            "TEMPORARY,           SANYA,   2026-06-10, -,          13812345678, endDate,     rules.date.end.missing",
            "TEMPORARY,           SANYA,   2026-06-20, 2026-06-19, 13812345678, endDate,     rules.date.end.before-start",
            "LONG_TERM_RESIDENCE, SANYA,   2026-06-20, 2026-06-19, 13812345678, endDate,     rules.date.end.before-start",
            "LONG_TERM_RESIDENCE, SANYA,   2026-06-10, -,          '',          phone,       rules.phone.missing",
            "LONG_TERM_RESIDENCE, SANYA,   2026-06-10, -,          12812345678, phone,       rules.phone.invalid",
            "STATIONED_WORK,      SANYA,   2026-06-10, -,          0531123,     phone,       rules.phone.invalid",
            "STATIONED_WORK,      -,       2026-06-10, -,          13812345678, destination, rules.remote-care.destination.missing",
            "STATIONED_WORK,      NOWHERE, 2026-06-10, -,          13812345678, destination, rules.remote-care.destination.unknown",
            "TEMPORARY,           NOWHERE, 2026-06-10, 2026-06-11, 13812345678, destination, rules.remote-care.destination.unknown",
    })
    void fieldErrors(RemoteCareType type, String destination, LocalDate start, LocalDate end, String phone,
                     String field, String key) {
        RemoteCareDecision d = rules.assess(request(type, destination(destination), start, end, phone, null));
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_CORRECTION);
        assertThat(d.errors()).extracting(FieldError::field, FieldError::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, key));
        assertThat(d.filingTarget()).isEmpty();
        assertThat(d.commitmentKey()).isEmpty();
    }

    @Test
    void boundaryDatesAreAccepted() {
        // today, one year ahead, and a one-day trip (end on the start day)
        assertThat(rules.validate(request(RemoteCareType.TEMPORARY, SANYA, TODAY, TODAY, "13812345678", null))).isEmpty();
        assertThat(rules.validate(request(RemoteCareType.TEMPORARY, SANYA, TODAY.plusDays(365), TODAY.plusDays(366),
                "13812345678", null))).isEmpty();
    }

    @Test
    void everyProblemIsReportedInScreenOrder() {
        List<FieldError> errors = rules.validate(request(RemoteCareType.REFERRAL, null, TODAY.minusDays(1), null, "12", null));
        assertThat(errors).extracting(FieldError::field).containsExactly(RemoteCareRequest.FIELD_DESTINATION,
                RemoteCareRequest.FIELD_REFERRING_HOSPITAL, RemoteCareRequest.FIELD_START_DATE, RemoteCareRequest.FIELD_PHONE);
        assertThat(errors.get(2).args()).containsExactly(TODAY);
        RemoteCareDecision d = rules.assess(request(RemoteCareType.REFERRAL, null, TODAY.minusDays(1), null, "12", null));
        assertThat(d.key()).isEqualTo(RemoteCareRules.KEY_NEEDS_CORRECTION);
        assertThat(d.args()).containsExactly(4);
    }

    @Test
    void typesHaveNameKeys() {
        assertThat(RemoteCareType.TEMPORARY.nameKey()).isEqualTo("rules.remote-care.type.temporary");
        assertThat(RemoteCareType.REFERRAL.commitmentKey()).isEmpty();
    }

    private static Destination destination(String name) {
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "SANYA" -> SANYA;
            case "NOWHERE" -> NOWHERE;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
