package io.anxin.kiosk.ui.demo;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.service.identify.DemoCardSlot;
import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;

/** The demo panel: fictitious residents' cards to insert, a bank card, remove, a sample e-voucher. */
public final class DemoPanelScreen extends BaseScreen<DemoPanelViewModel> {

    public static final String ID = "demo-panel";

    private final I18n i18n;

    public DemoPanelScreen(I18n i18n, DemoPanelViewModel model) {
        super(ID, Audience.STAFF, "demo.title", model);
        this.i18n = i18n;
    }

    @Override
    protected Node buildView() {
        Label lead = Controls.paragraph(i18n, "demo.lead", "body");
        FlowPane cards = new FlowPane(20, 20);
        for (DemoCardSlot.DemoCard card : model.cards()) {
            Button b = new Button();
            // bound, not set once: the panel may first be built in English and shown again in Chinese
            b.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
                String note = card.expired() ? i18n.text("demo.card.expired")
                        : card.dataProtected() ? i18n.text("demo.card.protected") : "";
                return i18n.text("demo.card.insert", card.name(), card.maskedIdNumber(), note);
            }, i18n.localeProperty()));
            b.accessibleTextProperty().bind(b.textProperty());
            b.setPrefWidth(820);
            b.setId("demo-card-" + card.index());
            b.setOnAction(e -> model.insert(card.index()));
            cards.getChildren().add(b);
        }
        Button bank = Controls.role(Controls.button(i18n, "demo.bank-card"), "demo-bank-card");
        bank.setOnAction(e -> model.insertBankCard());
        Button remove = Controls.role(Controls.button(i18n, "demo.remove"), "demo-remove");
        remove.setOnAction(e -> model.remove());
        Button scan = Controls.role(Controls.button(i18n, "demo.scan"), "demo-scan");
        scan.setOnAction(e -> model.scanSample());
        Button close = Controls.role(Controls.button(i18n, "nav.back", "primary"), "staff-back");
        close.setOnAction(e -> model.close());
        HBox actions = new HBox(20, bank, remove, scan);
        if (model.hasNetwork()) {
            Button network = Controls.role(new Button(), "demo-network");
            network.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.text(
                    model.onlineProperty().get() ? "demo.network.cut" : "demo.network.restore"),
                    model.onlineProperty(), i18n.localeProperty()));
            network.accessibleTextProperty().bind(network.textProperty());
            network.setOnAction(e -> model.toggleNetwork());
            actions.getChildren().add(network);
        }
        actions.getChildren().add(close);
        VBox box = new VBox(24, lead, cards, actions);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}
