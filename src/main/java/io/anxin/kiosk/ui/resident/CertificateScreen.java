package io.anxin.kiosk.ui.resident;

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

/** 参保证明打印: whether it can be printed (or why not), what it will say, and one large print button. */
public final class CertificateScreen extends BaseScreen<CertificateViewModel> {

    public static final String ID = "certificate";

    private final I18n i18n;

    public CertificateScreen(I18n i18n, CertificateViewModel model) {
        super(ID, Audience.RESIDENT, "certificate.title", model);
        this.i18n = i18n;
    }

    @Override
    public Prompt prompt() {
        return model.leadProperty().get().toPrompt();
    }

    private Label line(io.anxin.kiosk.ui.Message m) {
        Label l = new Label(i18n.text(m));
        l.getStyleClass().add("body");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    @Override
    protected Node buildView() {
        Label lead = QueryViews.message(i18n, model.leadProperty(), "lead");
        lead.setId("certificate-lead");
        VBox first = new VBox(8);
        VBox second = new VBox(8);
        Runnable render = () -> {
            first.getChildren().setAll(model.previewProperty().stream().limit(3).map(m -> line(m)).toList());
            second.getChildren().setAll(model.previewProperty().stream().skip(3).map(m -> line(m)).toList());
        };
        model.previewProperty().addListener((javafx.collections.ListChangeListener<io.anxin.kiosk.ui.Message>) c -> render.run());
        i18n.localeProperty().addListener((o, a, b) -> render.run());
        render.run();
        HBox preview = new HBox(48, first, second);
        preview.setId("certificate-preview");
        QueryViews.showWhen(preview, javafx.beans.binding.Bindings.isNotEmpty(model.previewProperty()));

        Button print = Controls.role(Controls.button(i18n, "certificate.print", "primary", "main-action"), "certificate-print");
        print.setOnAction(e -> model.print());
        print.disableProperty().bind(model.canPrintProperty().not());
        QueryViews.showWhen(print, javafx.beans.binding.Bindings.isNotEmpty(model.previewProperty()));
        print.setMinWidth(Region.USE_PREF_SIZE);
        Button identify = Controls.role(Controls.button(i18n, "query.insert-card", "primary", "main-action"), "certificate-identify");
        identify.setOnAction(e -> model.identify());
        QueryViews.showWhen(identify, model.needsIdentityProperty());
        Button retry = Controls.role(Controls.button(i18n, "query.retry", "main-action"), "certificate-retry");
        retry.setOnAction(e -> model.retry());
        QueryViews.showWhen(retry, model.canRetryProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        Button progress = Controls.role(Controls.button(i18n, "query.to-progress", "main-action"), "certificate-to-progress");
        progress.setOnAction(e -> model.toProgress());
        QueryViews.showWhen(progress, model.noNetworkProperty());
        HBox actions = new HBox(32, preview, grow, print, identify, retry, progress);
        actions.setAlignment(Pos.TOP_LEFT);

        VBox box = new VBox(28, lead, actions);
        box.setAlignment(Pos.TOP_LEFT);
        box.setMaxWidth(1700);
        return box;
    }
}
