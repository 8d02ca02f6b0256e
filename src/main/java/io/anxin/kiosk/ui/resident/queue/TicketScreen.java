package io.anxin.kiosk.ui.resident.queue;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.service.hall.QueueTicket;
import io.anxin.kiosk.service.hall.TicketKind;
import io.anxin.kiosk.service.hall.TicketTexts;
import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.voice.Prompt;

/** The queue ticket: the number very large beside what it means; or where to go when none could be taken. */
public final class TicketScreen extends BaseScreen<TicketViewModel> {

    public static final String ID = "queue-ticket";

    private final I18n i18n;

    public TicketScreen(I18n i18n, TicketViewModel model) {
        super(ID, Audience.RESIDENT, "queue.ticket.title", model);
        this.i18n = i18n;
    }

    @Override
    public Prompt prompt() {
        return model.prompt();
    }

    @Override
    protected Node buildView() {
        BooleanBinding issued = model.stateProperty().isEqualTo(TicketViewModel.State.ISSUED);
        BooleanBinding failed = model.stateProperty().isEqualTo(TicketViewModel.State.FAILED);
        BooleanBinding waiting = issued.or(failed).not();

        Label issuing = Controls.label(i18n, "ticket.issuing", "heading");
        issuing.setId("ticket-issuing");
        show(issuing, waiting);

        Label failedHead = Controls.paragraph(i18n, "ticket.failed", "heading", "status-note");
        failedHead.setId("ticket-failed");
        Label failedDetail = Controls.paragraph(i18n, "ticket.failed.detail", "lead");
        VBox failure = new VBox(16, failedHead, failedDetail);
        show(failure, failed);

        Label number = new Label();
        number.setId("ticket-number");
        number.getStyleClass().add("ticket-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        number.textProperty().bind(text(t -> t.number()));
        number.accessibleTextProperty().bind(number.textProperty());
        // the header already says 您的排队号: no label above the number, so the screen fits in large text
        VBox numberBox = new VBox(0, number);
        numberBox.setAlignment(Pos.TOP_LEFT);
        numberBox.setMinWidth(Region.USE_PREF_SIZE);

        Label service = detail("ticket-service", text(t -> i18n.text("ticket.service",
                TicketTexts.name(t.queue(), i18n.localeProperty().get()))));
        // how many are ahead and the wait on one line: the screen must fit six lines' worth in large text
        Label ahead = detail("ticket-ahead", text(t -> t.ahead() == 0 ? i18n.text("ticket.none-ahead")
                : i18n.text("ticket.ahead-wait", String.valueOf(t.ahead()), String.valueOf(t.waitMinutes()))));
        ahead.getStyleClass().add("status-note");
        // for a disability ticket the window line says to bring the certificate (the clerk checks it)
        Label window = detail("ticket-window", text(t -> i18n.text(t.kind() == TicketKind.DISABILITY
                ? "ticket.window.disability" : "ticket.window", TicketTexts.windows(t.windows(), i18n.localeProperty().get()))));
        Label slip = detail("ticket-slip", Bindings.createStringBinding(() -> i18n.text(model.printedProperty().get()
                ? "ticket.printed" : "ticket.not-printed"), model.printedProperty(), i18n.localeProperty()));
        slip.getStyleClass().add("status-note");
        VBox details = new VBox(6, service, ahead, window, slip);
        HBox.setHgrow(details, javafx.scene.layout.Priority.ALWAYS);
        HBox ticketBox = new HBox(64, numberBox, details);
        ticketBox.setAlignment(Pos.CENTER_LEFT);
        show(ticketBox, issued);

        Button done = Controls.role(Controls.button(i18n, "ticket.done", "primary", "main-action"), "ticket-done");
        done.setPrefWidth(440);
        done.setOnAction(e -> model.done());
        Button repeat = Controls.role(Controls.button(i18n, "ticket.repeat", "choice"), "ticket-repeat");
        repeat.setOnAction(e -> model.repeat());
        show(repeat, issued);
        HBox actions = new HBox(40, done, repeat);
        actions.setAlignment(Pos.CENTER_LEFT);
        show(actions, waiting.not());

        VBox box = new VBox(16, issuing, failure, ticketBox, actions);
        box.setAlignment(Pos.TOP_LEFT);
        box.setMaxWidth(1760);
        return box;
    }

    private StringBinding text(java.util.function.Function<QueueTicket, String> f) {
        return Bindings.createStringBinding(() -> model.ticketProperty().get() == null ? ""
                : f.apply(model.ticketProperty().get()), model.ticketProperty(), i18n.localeProperty());
    }

    private static Label detail(String id, StringBinding text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("lead");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        return l;
    }

    private static void show(Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }
}
