package io.anxin.kiosk.service.hall;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.anxin.kiosk.device.panel.HallPanel;
import io.anxin.kiosk.device.panel.HallPanelListener;
import io.anxin.kiosk.device.print.ReceiptFonts;
import io.anxin.kiosk.device.print.ReceiptPrinter;
import io.anxin.kiosk.domain.catalog.QueueCategories;
import io.anxin.kiosk.domain.catalog.QueueCategory;
import io.anxin.kiosk.hall.HallClient;
import io.anxin.kiosk.service.HelpRequests;

/**
 * What a resident kiosk in a hall ({@code hall.role} node or member) offers: queue tickets, help calls
 * to the counters with the help lamp, and the events of the hall panel (help button, presence sensor)
 * without the UI seeing the device. A standalone kiosk has none.
 *
 * <p>Thread-safe. {@link #take} and the blocking methods of {@link #help()} run on a worker.
 */
public final class HallDesk {

    private static final Logger LOG = LoggerFactory.getLogger(HallDesk.class);

    private final QueueTickets tickets;
    private final HelpCalls help;
    private final QueueCategories categories;
    private final int elderlyAge;
    private final HallPanel panel;

    public HallDesk(QueueTickets tickets, HelpCalls help, QueueCategories categories, int elderlyAge, HallPanel panel) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.help = Objects.requireNonNull(help, "help");
        this.categories = Objects.requireNonNull(categories, "categories");
        this.elderlyAge = elderlyAge;
        this.panel = Objects.requireNonNull(panel, "panel");
    }

    /**
     * The whole desk over one hall client.
     *
     * @param elderlyAge config {@code resident.elderly-age}
     * @param fonts the receipt faces, loaded on the first slip
     * @param local the kiosk's own record of help requests
     */
    public static HallDesk create(HallClient client, HallPanel panel, QueueCategories categories, int elderlyAge,
                                  ReceiptPrinter printer, Supplier<ReceiptFonts> fonts, HelpRequests local, Clock clock) {
        QueueTickets tickets = new QueueTickets(client, categories, elderlyAge, printer, new TicketSlip(fonts), clock);
        return new HallDesk(tickets, new HelpCalls(client, panel, local), categories, elderlyAge, panel);
    }

    /** The panel whose lamp this desk's help calls switch. */
    public HallPanel panel() {
        return panel;
    }

    /** The categories a resident chooses from: every one but the priority window, in catalog order. */
    public List<QueueCategory> choices() {
        return categories.all().stream().filter(c -> !c.priority()).toList();
    }

    /** The 老年人优先窗口 category. */
    public QueueCategory priority() {
        return categories.priority();
    }

    public int elderlyAge() {
        return elderlyAge;
    }

    /** See {@link QueueTickets#take}. Blocking. */
    public TicketOutcome take(TicketKind kind, String categoryCode, Integer age, Locale locale) {
        return tickets.take(kind, categoryCode, age, locale);
    }

    public HelpCalls help() {
        return help;
    }

    /** True when the panel has live pins (a help button or sensor may send events). */
    public boolean panelAvailable() {
        return panel.available();
    }
}
