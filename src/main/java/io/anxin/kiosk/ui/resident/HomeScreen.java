package io.anxin.kiosk.ui.resident;

import javafx.beans.binding.Bindings;
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
import io.anxin.kiosk.ui.ResidentSession;

/** Home: the services, and the language and contrast switches. Only services that work appear. */
public final class HomeScreen extends BaseScreen<HomeViewModel> {

    public static final String ID = "home";

    private final I18n i18n;
    private final ResidentSession session;

    public HomeScreen(I18n i18n, ResidentSession session, HomeViewModel model) {
        super(ID, Audience.RESIDENT, "home.title", model);
        this.i18n = i18n;
        this.session = session;
    }

    @Override
    protected Node buildView() {
        Label lead = Controls.paragraph(i18n, "home.lead", "lead");

        Button language = Controls.role(Controls.button(i18n, "home.language", "choice"), "home-language");
        language.accessibleTextProperty().unbind();
        language.accessibleTextProperty().bind(i18n.bind("home.language.accessible"));
        language.setOnAction(e -> model.toggleLanguage());

        Button contrast = Controls.role(new Button(), "home-contrast");
        contrast.getStyleClass().add("choice");
        contrast.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text(session.highContrastProperty().get() ? "home.contrast.off" : "home.contrast.on"),
                session.highContrastProperty(), i18n.localeProperty()));
        contrast.accessibleTextProperty().bind(contrast.textProperty());
        contrast.setOnAction(e -> model.toggleContrast());

        Label who = new Label();
        who.getStyleClass().add("heading");
        who.setId("home-who");
        who.textProperty().bind(Bindings.createStringBinding(() -> model.identityProperty().get() == null ? ""
                        : i18n.text(GreetingViewModel.greetingFor(model.identityProperty().get())),
                model.identityProperty(), i18n.localeProperty()));
        who.visibleProperty().bind(model.identityProperty().isNotNull());
        who.managedProperty().bind(who.visibleProperty());

        Button services = Controls.role(Controls.button(i18n, "home.services", "choice", "primary"), "home-services");
        services.setOnAction(e -> model.services());
        Button identify = Controls.role(Controls.button(i18n, "home.identify", "choice"), "home-identify");
        identify.setOnAction(e -> model.identify());
        identify.visibleProperty().bind(model.identityProperty().isNull());
        identify.managedProperty().bind(identify.visibleProperty());
        Button finish = Controls.role(Controls.button(i18n, "home.finish", "choice"), "home-finish");
        finish.setOnAction(e -> model.finish());
        finish.visibleProperty().bind(model.identityProperty().isNotNull());
        finish.managedProperty().bind(finish.visibleProperty());
        HBox actions = new HBox(32, services);
        if (model.queueAvailable()) {
            Button queue = Controls.role(Controls.button(i18n, "home.queue", "choice", "primary"), "home-queue");
            queue.setOnAction(e -> model.queue());
            actions.getChildren().add(queue);
        }
        actions.getChildren().addAll(identify, finish);

        HBox settings = new HBox(32, language, contrast);
        settings.setAlignment(Pos.CENTER_LEFT);
        Region grow = new Region();
        VBox.setVgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        // 24 px, not more: an identified resident's greeting line plus large text must still fit above the bottom bar
        VBox box = new VBox(24, who, lead, actions, grow, settings);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}
