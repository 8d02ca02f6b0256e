package io.anxin.kiosk.ui.resident;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.voice.Prompt;

/** The receipt after a committed submission; on a printer failure, the acceptance number to write down. */
public final class ReceiptScreen extends BaseScreen<ReceiptViewModel> {

    public static final String ID = "receipt";

    private final I18n i18n;

    public ReceiptScreen(I18n i18n, ReceiptViewModel model) {
        super(ID, Audience.RESIDENT, "completion.receipt.title", model);
        this.i18n = i18n;
    }

    @Override
    public Prompt prompt() {
        return model.prompt();
    }

    @Override
    protected Node buildView() {
        BooleanBinding failed = model.stateProperty().isEqualTo(ReceiptViewModel.State.FAILED);
        BooleanBinding printing = model.stateProperty().isEqualTo(ReceiptViewModel.State.PRINTING)
                .or(model.stateProperty().isEqualTo(ReceiptViewModel.State.IDLE));

        Label headline = new Label();
        headline.setId("receipt-headline");
        headline.getStyleClass().add("heading");
        headline.setWrapText(true);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        headline.textProperty().bind(Bindings.createStringBinding(() -> i18n.text(switch (model.stateProperty().get()) {
            case IDLE, PRINTING -> "completion.receipt.printing";
            case PRINTED -> "completion.receipt.printed";
            case FAILED -> ReceiptViewModel.problemKey(model.problemProperty().get());
        }), model.stateProperty(), model.problemProperty(), i18n.localeProperty()));

        Label detail = new Label();
        detail.setId("receipt-detail");
        detail.getStyleClass().add("lead");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.textProperty().bind(Bindings.createStringBinding(() -> i18n.text(switch (model.stateProperty().get()) {
            case IDLE, PRINTING -> "completion.receipt.printing.detail";
            case PRINTED -> "completion.receipt.submitted";
            case FAILED -> "completion.receipt.failed.detail";
        }), model.stateProperty(), i18n.localeProperty()));

        // on a failure the detail ends with "请记下受理号，或到窗口打印：" and introduces the number, so the
        // screen fits in large text with an error shown
        Label numberLabel = Controls.label(i18n, "completion.receipt.number-label", "lead");
        numberLabel.setId("receipt-number-label");
        numberLabel.visibleProperty().bind(failed.not());
        numberLabel.managedProperty().bind(numberLabel.visibleProperty());
        Label number = new Label();
        number.setId("receipt-number");
        number.getStyleClass().add("acceptance-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        number.textProperty().bind(model.acceptanceNoProperty());
        number.accessibleTextProperty().bind(model.acceptanceNoProperty());
        // a failure needs the room for the number: a smaller headline and tighter rows
        Runnable size = () -> {
            number.getStyleClass().remove("very-large");
            headline.getStyleClass().removeAll("heading", "lead", "status-note");
            if (failed.get()) {
                number.getStyleClass().add("very-large");
                headline.getStyleClass().addAll("lead", "status-note");
            } else {
                headline.getStyleClass().add("heading");
            }
        };
        failed.addListener((obs, was, now) -> size.run());
        size.run();
        VBox numberBox = new VBox(0, numberLabel, number);
        numberBox.visibleProperty().bind(model.acceptanceNoProperty().isNotEmpty());
        numberBox.managedProperty().bind(numberBox.visibleProperty());

        Button repeat = Controls.role(Controls.button(i18n, "completion.receipt.repeat-number", "choice"), "receipt-repeat-number");
        repeat.setOnAction(e -> model.repeatNumber());
        repeat.visibleProperty().bind(failed);
        repeat.managedProperty().bind(failed);
        Button next = Controls.role(Controls.button(i18n, "completion.receipt.next", "primary", "main-action"), "receipt-next");
        next.setPrefWidth(480);
        next.setOnAction(e -> model.next());
        next.visibleProperty().bind(printing.not());
        next.managedProperty().bind(next.visibleProperty());
        HBox actions = new HBox(40, next, repeat);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(8, headline, detail, numberBox, actions);
        box.spacingProperty().bind(Bindings.when(failed).then(8).otherwise(12));
        box.setAlignment(Pos.TOP_LEFT);
        box.setMaxWidth(1760);
        return box;
    }
}
