package io.anxin.kiosk.service.payment;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.anxin.kiosk.device.pay.PaymentTerminal;
import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.store.Database;
import io.anxin.kiosk.store.Outbox;
import io.anxin.kiosk.store.OutboxEntry;
import io.anxin.kiosk.store.PaymentOrders;
import io.anxin.kiosk.store.SubmissionStore;
import io.anxin.kiosk.ui.support.MutableClock;

/** A real file database with the payment services over it, for the payment tests. */
final class PaymentFixture implements AutoCloseable {

    static final ResidentIdentity RESIDENT = new ResidentIdentity(Optional.of("王秀英"), IdNumber.parse("370102195203154320"),
            IdentityMethod.CARD, Optional.empty());
    static final ContributionOrder ORDER = new ContributionOrder(RESIDENT, "urban-rural", 2027, new BigDecimal("380"));
    static final QueryRetries THREE_QUICK = new QueryRetries(3, Duration.ZERO);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:15:03.120Z"), ZoneId.of("Asia/Shanghai"));
    final Path dir;
    Database db;
    /** The data source the services use; {@code data.fail(true)} makes the database unreachable for them. */
    SwitchableDataSource data;
    PaymentOrders orders;
    FileSubmission files;
    private final AtomicInteger nextOrder = new AtomicInteger(1);

    PaymentFixture(Path dir) {
        this.dir = dir;
        reopen();
    }

    void reopen() {
        db = Database.open(dir.resolve("db"));
        data = new SwitchableDataSource(db.dataSource());
        SubmissionStore store = new SubmissionStore(data);
        orders = new PaymentOrders(data, store);
        files = new FileSubmission(store, clock, "T-1");
    }

    /** Order ids o-1, o-2, ... */
    PayContribution payment(PaymentTerminal terminal) {
        return new PayContribution(files, new Settlement(orders, terminal, THREE_QUICK, clock),
                () -> "o-" + nextOrder.getAndIncrement());
    }

    PaymentRecovery recovery(PaymentTerminal terminal) {
        return new PaymentRecovery(orders, terminal, clock, THREE_QUICK);
    }

    List<OutboxEntry> outbox() {
        return new Outbox(db.dataSource(), clock, "T-1").list(Optional.empty());
    }

    long count(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    @Override
    public void close() {
        db.close();
    }
}
