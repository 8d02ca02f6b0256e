package io.anxin.kiosk.ui.resident;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.domain.catalog.ServiceEntry;
import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.voice.Prompt;

/** 选择业务: six big service buttons a page, named from the hall's service catalog. */
public final class ServicesScreen extends BaseScreen<ServicesViewModel> {

    public static final String ID = "services";

    /** Three across: two rows of six fit even in large English text with an error showing. */
    private static final int COLUMNS = 3;

    private final I18n i18n;

    public ServicesScreen(I18n i18n, ServicesViewModel model) {
        super(ID, Audience.RESIDENT, "services.title", model);
        this.i18n = i18n;
    }

    @Override
    public Prompt prompt() {
        List<String> names = new ArrayList<>();
        for (ServiceEntry s : model.currentPage()) {
            names.add(name(s));
        }
        return Prompt.of("prompt.services", String.join(i18n.text("flow.list.separator"), names));
    }

    private String name(ServiceEntry s) {
        return i18n.isChinese() ? s.nameZh() : s.nameEn();
    }

    @Override
    protected Node buildView() {
        GridPane grid = new GridPane();
        grid.setHgap(32);
        grid.setVgap(24);
        Button previous = Controls.role(Controls.button(i18n, "flow.page.previous"), "services-page-previous");
        previous.setOnAction(e -> model.previousPage());
        Button next = Controls.role(Controls.button(i18n, "flow.page.next"), "services-page-next");
        next.setOnAction(e -> model.nextPage());
        Label where = new Label();
        where.getStyleClass().add("body");
        HBox paging = new HBox(32, previous, where, next);
        paging.setAlignment(Pos.CENTER_LEFT);
        paging.setVisible(model.pages() > 1);
        paging.setManaged(model.pages() > 1);
        Runnable render = () -> {
            grid.getChildren().clear();
            List<ServiceEntry> shown = model.currentPage();
            for (int i = 0; i < shown.size(); i++) {
                ServiceEntry s = shown.get(i);
                Button b = Controls.role(new Button(name(s)), "service-" + s.code().code());
                b.getStyleClass().add("choice");
                b.setAccessibleText(b.getText());
                b.setPrefWidth(540);
                b.setMinHeight(Region.USE_PREF_SIZE);
                b.setOnAction(e -> model.open(s.code()));
                grid.add(b, i % COLUMNS, i / COLUMNS);
            }
            previous.setDisable(model.pageProperty().get() == 0);
            next.setDisable(model.pageProperty().get() >= model.pages() - 1);
            where.setText(i18n.text("flow.page", model.pageProperty().get() + 1, model.pages()));
        };
        model.pageProperty().addListener((o, a, b) -> render.run());
        i18n.localeProperty().addListener((o, a, b) -> render.run());
        render.run();
        VBox box = new VBox(32, grid, paging);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}
