package io.anxin.kiosk.lab;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.anxin.kiosk.catalog.CatalogLoader;
import io.anxin.kiosk.device.card.sim.DemoCardCatalog;
import io.anxin.kiosk.device.card.sim.DemoCardholder;
import io.anxin.kiosk.domain.catalog.ChronicDisease;
import io.anxin.kiosk.domain.catalog.DiseaseCatalog;
import io.anxin.kiosk.domain.catalog.InsuranceType;

/**
 * The lab's residents: the demo cardholders of {@code demo-cards.csv}, each with account data drawn
 * from a Random seeded by a hash of the ID number, so the same person always gets the same insurance
 * type, balance, spending lines and chronic qualifications (dates move with the clock). A person whose
 * card has expired is {@code suspended}, everyone else {@code active}.
 *
 * <p>E-voucher tokens: {@code DEMO-EVOUCHER-<ID number>-TOKEN} resolves (what the demo panel scans),
 * {@code DEMO-EVOUCHER-<ID number>-EXPIRED} is expired, anything else is unknown. Immutable, thread-safe.
 */
final class DemoResidents {

    static final String TOKEN_PREFIX = "DEMO-EVOUCHER-";
    static final String VALID_SUFFIX = "-TOKEN";
    static final String EXPIRED_SUFFIX = "-EXPIRED";

    enum TokenOutcome { RESOLVED, EXPIRED, UNKNOWN }

    record Resolution(TokenOutcome outcome, ObjectNode body) {
    }

    private final List<DemoCardholder> people;
    private final DiseaseCatalog diseases;
    private final List<String> hospitals;
    private final List<String> commonDiseases;
    private final Clock clock;
    private final ZoneId zone;

    private DemoResidents(List<DemoCardholder> people, DiseaseCatalog diseases, LabTexts texts, Clock clock,
                          ZoneId zone) {
        this.people = people;
        this.diseases = diseases;
        this.hospitals = texts.hospitals();
        this.commonDiseases = texts.commonChronicDiseases();
        this.clock = clock;
        this.zone = zone;
    }

    static DemoResidents load(Path configDir, LabTexts texts, Clock clock, ZoneId zone) {
        try {
            DemoCardCatalog cards = DemoCardCatalog.load(configDir.resolve(DemoCardCatalog.FILE_NAME));
            DiseaseCatalog diseases = new CatalogLoader().diseases(configDir.resolve(CatalogLoader.DISEASES));
            return new DemoResidents(cards.cards(), diseases, texts, clock, zone);
        } catch (RuntimeException e) {
            throw new LabException(LabException.Kind.USAGE, "demo residents in " + configDir
                    + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    /** POST /v1/residents/lookup: the answer for a known person. */
    Optional<ObjectNode> lookup(String idNumber) {
        return person(idNumber).map(this::record);
    }

    /** POST /v1/evoucher/resolve. */
    Resolution resolve(String token) {
        if (!token.startsWith(TOKEN_PREFIX)) {
            return new Resolution(TokenOutcome.UNKNOWN, null);
        }
        String rest = token.substring(TOKEN_PREFIX.length());
        boolean expired = rest.endsWith(EXPIRED_SUFFIX);
        if (!expired && !rest.endsWith(VALID_SUFFIX)) {
            return new Resolution(TokenOutcome.UNKNOWN, null);
        }
        String id = rest.substring(0, rest.length() - (expired ? EXPIRED_SUFFIX : VALID_SUFFIX).length());
        Optional<DemoCardholder> person = person(id);
        if (person.isEmpty()) {
            return new Resolution(TokenOutcome.UNKNOWN, null);
        }
        if (expired) {
            return new Resolution(TokenOutcome.EXPIRED, null);
        }
        ObjectNode body = LabJson.MAPPER.createObjectNode();
        body.put("idNumber", person.get().idNumber().value());
        body.put("name", person.get().name());
        body.put("insuranceType", type(person.get()).code());
        body.put("expiresAt", LabJson.TIMESTAMP.format(now().plusMinutes(5)));
        return new Resolution(TokenOutcome.RESOLVED, body);
    }

    List<DemoCardholder> people() {
        return people;
    }

    private Optional<DemoCardholder> person(String idNumber) {
        String wanted = idNumber.strip().toUpperCase(java.util.Locale.ROOT);
        return people.stream().filter(p -> p.idNumber().value().equals(wanted)).findFirst();
    }

    private ObjectNode record(DemoCardholder p) {
        Random r = random(p, "account");
        LocalDate today = now().toLocalDate();
        ObjectNode o = LabJson.MAPPER.createObjectNode();
        o.put("name", p.name());
        o.put("insuranceType", type(p).code());
        o.put("status", p.expiryDate().isBefore(today) ? "suspended" : "active");
        int since = Math.max(1999, p.issueDate().getYear() - r.nextInt(13));
        o.put("insuredSince", LocalDate.of(since, 1, 1).toString());
        o.put("region", p.idNumber().value().substring(0, 6));
        ObjectNode account = o.putObject("personalAccount");
        account.put("balance", money(300_00 + r.nextInt(4_500_00)).toPlainString());
        account.put("asOf", LabJson.TIMESTAMP.format(now().truncatedTo(ChronoUnit.MINUTES)));
        ArrayNode recent = account.putArray("recent");
        int lines = 3 + r.nextInt(3);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            dates.add(today.minusDays(1 + r.nextInt(45)));
        }
        dates.sort(Comparator.reverseOrder());
        for (LocalDate date : dates) {
            recent.addObject().put("date", date.toString())
                    .put("place", hospitals.get(r.nextInt(hospitals.size())))
                    .put("amount", money(-(8_50 + r.nextInt(280_00))).toPlainString());
        }
        ArrayNode chronic = o.putArray("chronicQualifications");
        List<ChronicDisease> candidates = new ArrayList<>(diseases.forType(type(p)).stream()
                .filter(d -> commonDiseases.contains(d.nameZh())).toList());
        if (candidates.isEmpty()) {
            candidates.addAll(diseases.forType(type(p)));
        }
        int count = candidates.isEmpty() ? 0 : r.nextInt(Math.min(3, candidates.size() + 1));
        for (int i = 0; i < count; i++) {
            ChronicDisease d = candidates.remove(r.nextInt(candidates.size()));
            chronic.addObject().put("disease", d.nameZh()).put("validTo", LocalDate.of(today.getYear() + 1, 6, 30)
                    .toString());
        }
        return o;
    }

    private InsuranceType type(DemoCardholder p) {
        return random(p, "type").nextInt(3) == 0 ? InsuranceType.RESIDENT : InsuranceType.EMPLOYEE;
    }

    private static Random random(DemoCardholder p, String purpose) {
        return new Random(Long.parseUnsignedLong(LabJson.sha256(purpose + ":" + p.idNumber().value())
                .substring(0, 15), 16));
    }

    private static BigDecimal money(int cents) {
        return BigDecimal.valueOf(cents).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(zone));
    }
}
