package io.anxin.kiosk.service.hall;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.device.print.PrinterException;
import io.anxin.kiosk.device.print.ReceiptPrinter;
import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.domain.catalog.QueueCategory;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.hall.HallException;
import io.anxin.kiosk.hall.IssuedTicket;

/**
 * 取号: asks the hall node for a ticket and prints its slip. Each ticket gets a fresh request id; when
 * the node does not answer, the same request is sent once more with the same id, so an answer lost on
 * the way gives back the ticket that was made instead of a second one. When the node still does not
 * answer there is no ticket and nothing is printed: the kiosk sends the resident to the service desk
 * rather than print a number that might be duplicated.
 *
 * <p>The node gets the category, the age (only for a priority ticket, for eligibility) and the
 * disability flag: never a name or an ID number. A printer failure is an outcome, not an exception.
 *
 * <p>Thread-safe and blocking (network, printer): never on the FX thread. Printing is serialised here;
 * a composition root that shares the printer with other services gives it one device thread.
 */
public final class QueueTickets {

    private static final Logger LOG = LoggerFactory.getLogger(QueueTickets.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private final HallClient client;
    private final QueueCategories categories;
    private final int elderlyAge;
    private final ReceiptPrinter printer;
    private final TicketSlip slip;
    private final Supplier<String> requestIds;
    private final Clock clock;
    private final Object printerLock = new Object();

    public QueueTickets(HallClient client, QueueCategories categories, int elderlyAge, ReceiptPrinter printer,
                        TicketSlip slip, Clock clock) {
        this(client, categories, elderlyAge, printer, slip, clock, () -> UUID.randomUUID().toString());
    }

    QueueTickets(HallClient client, QueueCategories categories, int elderlyAge, ReceiptPrinter printer, TicketSlip slip,
                 Clock clock, Supplier<String> requestIds) {
        this.client = Objects.requireNonNull(client, "client");
        this.categories = Objects.requireNonNull(categories, "categories");
        this.elderlyAge = elderlyAge;
        this.printer = Objects.requireNonNull(printer, "printer");
        this.slip = Objects.requireNonNull(slip, "slip");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requestIds = requestIds;
    }

    /**
     * Takes a ticket and prints its slip in {@code locale}.
     *
     * @param categoryCode the category chosen; ignored for the priority kinds (they wait in the priority category)
     * @param age the identified resident's age for {@link TicketKind#ELDERLY}; not sent for the other kinds
     * @throws IllegalArgumentException for a request the kiosk should not have offered (an unknown or
     *         priority category as a normal choice, an elderly ticket without the age)
     */
    public TicketOutcome take(TicketKind kind, String categoryCode, Integer age, Locale locale) {
        QueueCategory asked = switch (kind) {
            case NORMAL -> normal(categoryCode);
            case ELDERLY -> {
                if (age == null || age < elderlyAge) {
                    throw new IllegalArgumentException("an elderly priority ticket needs an identified resident aged "
                            + elderlyAge + " or more");
                }
                yield categories.priority();
            }
            case DISABILITY -> categories.priority();
        };
        Integer sentAge = kind == TicketKind.ELDERLY ? age : null;
        boolean disability = kind == TicketKind.DISABILITY;
        String requestId = requestIds.get();
        IssuedTicket issued;
        try {
            issued = issue(asked.code(), sentAge, disability, requestId);
        } catch (HallException e) {
            if (e.kind() == HallException.Kind.NODE_UNREACHABLE) {
                LOG.warn("no queue ticket: the hall node did not answer, also not to the retry ({}); "
                        + "the resident was sent to the service desk", e.getMessage());
                return TicketOutcome.failed(TicketOutcome.Failure.NODE_UNREACHABLE);
            }
            LOG.error("no queue ticket: the hall node refused {} ({}): {}", asked.code(), e.kind(), e.getMessage());
            return TicketOutcome.failed(TicketOutcome.Failure.REFUSED);
        }
        QueueTicket ticket = ticket(issued, asked, kind);
        return TicketOutcome.issued(ticket, print(ticket, locale));
    }

    /** Sends the request; on no answer, once more with the same id. */
    private IssuedTicket issue(String code, Integer age, boolean disability, String requestId) {
        try {
            return client.issue(code, age, disability, requestId);
        } catch (HallException e) {
            if (e.kind() != HallException.Kind.NODE_UNREACHABLE) {
                throw e;
            }
            LOG.info("the hall node did not answer a ticket request ({}); retrying it once with the same request id",
                    e.getMessage());
            return client.issue(code, age, disability, requestId);
        }
    }

    private QueueCategory normal(String code) {
        QueueCategory c = categories.byCode(code).orElseThrow(() -> new IllegalArgumentException(
                "queue category " + code + " is not in queue-categories.csv"));
        if (c.priority()) {
            throw new IllegalArgumentException("queue category " + code
                    + " is the priority window: ask for an elderly or disability ticket");
        }
        return c;
    }

    private QueueTicket ticket(IssuedTicket issued, QueueCategory asked, TicketKind kind) {
        String queueCode = issued.ticket().categoryCode();
        QueueCategory queue = categories.byCode(queueCode).orElseGet(() -> {
            LOG.error("the hall node put ticket {} in category {}, which this kiosk's queue-categories.csv does not have;"
                    + " the node's and the kiosk's catalogs differ", issued.ticket().number(), queueCode);
            return asked;
        });
        return new QueueTicket(issued.ticket().number(), queue, asked, kind, issued.ahead(), issued.estimatedWait(),
                issued.ticket().issuedAt());
    }

    private boolean print(QueueTicket ticket, Locale locale) {
        ZonedDateTime at = ticket.issuedAt().atZone(clock.getZone());
        String name = "ticket-" + DAY.format(at) + "-" + ticket.number();
        try {
            synchronized (printerLock) {
                printer.printSlip(name, slip.render(ticket, at, locale, printer.paperWidthDots()));
            }
            LOG.info("queue ticket {} printed", ticket.number());
            return true;
        } catch (PrinterException e) {
            LOG.warn("queue ticket {} not printed ({}); the number stays on screen to write down: {}", ticket.number(),
                    e.kind(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("queue ticket {} not printed; the number stays on screen to write down", ticket.number(), e);
        }
        return false;
    }
}
