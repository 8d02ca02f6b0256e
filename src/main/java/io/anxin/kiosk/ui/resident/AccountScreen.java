package io.anxin.kiosk.ui.resident;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import io.anxin.kiosk.ui.Audience;
import io.anxin.kiosk.ui.BaseScreen;
import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.voice.Prompt;

/** 个人账户查询: the answer first, then balance and status, chronic qualifications, and spending a page at a time. */
public final class AccountScreen extends BaseScreen<AccountViewModel> {

    public static final String ID = "account";

    private final I18n i18n;

    public AccountScreen(I18n i18n, AccountViewModel model) {
        super(ID, Audience.RESIDENT, "account.title", model);
        this.i18n = i18n;
    }

    /** The lead sentence: the balance, or what is missing and what to do. */
    @Override
    public Prompt prompt() {
        return model.leadProperty().get().toPrompt();
    }

    @Override
    protected Node buildView() {
        Label lead = QueryViews.message(i18n, model.leadProperty(), "lead");
        lead.setId("account-lead");
        QueryViews.showWhen(lead, model.shownProperty().not());
        Label freshness = QueryViews.message(i18n, model.freshnessProperty(), "body", "status-note");
        freshness.setId("account-freshness");
        QueryViews.showWhen(freshness, model.shownProperty());

        Label balanceLabel = Controls.paragraph(i18n, "account.balance.label", "body");
        Label balance = new Label();
        balance.getStyleClass().add("heading");
        balance.setId("account-balance");
        balance.textProperty().bind(Bindings.createStringBinding(() -> model.balanceProperty().get().isEmpty() ? ""
                        : i18n.text("account.balance", model.balanceProperty().get()),
                model.balanceProperty(), i18n.localeProperty()));
        Label status = QueryViews.message(i18n, model.statusProperty(), "body");
        Label type = QueryViews.message(i18n, model.typeProperty(), "body");
        VBox info = new VBox(8, balanceLabel, balance, status, type);
        info.setPrefWidth(760);
        info.setMinWidth(Region.USE_PREF_SIZE);

        Label chronicTitle = Controls.paragraph(i18n, "account.chronic", "body", "status-note");
        VBox chronicLines = QueryViews.lines(i18n, model.chronicProperty(), "body");
        Label noChronic = Controls.paragraph(i18n, "account.chronic.none", "body");
        QueryViews.showWhen(noChronic, Bindings.isEmpty(model.chronicProperty()));
        VBox chronic = new VBox(8, chronicTitle, chronicLines, noChronic);
        HBox.setHgrow(chronic, Priority.ALWAYS);
        HBox summary = new HBox(48, info, chronic);
        summary.setId("account-summary");
        QueryViews.showWhen(summary, model.shownProperty().and(model.spendingShownProperty().not()));

        Label spendingTitle = new Label();
        spendingTitle.getStyleClass().addAll("body", "status-note");
        spendingTitle.textProperty().bind(Bindings.createStringBinding(() -> i18n.text("account.spending.page",
                        model.pager().pageProperty().get(), model.pager().pagesProperty().get()),
                model.pager().pageProperty(), model.pager().pagesProperty(), i18n.localeProperty()));
        VBox spendingLines = QueryViews.lines(i18n, model.spendingProperty(), "body");
        spendingLines.setId("account-spending");
        Label noSpending = Controls.paragraph(i18n, "account.spending.none", "body");
        QueryViews.showWhen(noSpending, Bindings.isEmpty(model.spendingProperty()));
        VBox spending = new VBox(16, spendingTitle, spendingLines, noSpending);
        QueryViews.showWhen(spending, model.shownProperty().and(model.spendingShownProperty()));

        Button identify = Controls.role(Controls.button(i18n, "query.insert-card", "primary", "main-action"), "account-identify");
        identify.setOnAction(e -> model.identify());
        QueryViews.showWhen(identify, model.needsIdentityProperty());
        Button toSpending = Controls.role(Controls.button(i18n, "account.show-spending", "primary"),
                "account-show-spending");
        toSpending.setOnAction(e -> model.showSpending());
        QueryViews.showWhen(toSpending, model.shownProperty().and(model.spendingShownProperty().not()));
        Button toSummary = Controls.role(Controls.button(i18n, "account.show-summary"), "account-show-summary");
        toSummary.setOnAction(e -> model.showSummary());
        QueryViews.showWhen(toSummary, model.shownProperty().and(model.spendingShownProperty()));
        HBox pager = QueryViews.pagerButtons(i18n, model.pager(), "account", model::previousPage, model::nextPage);
        HBox pagerBox = new HBox(pager);
        QueryViews.showWhen(pagerBox, model.spendingShownProperty());
        Button retry = Controls.role(Controls.button(i18n, "query.retry"), "account-retry");
        retry.setOnAction(e -> model.retry());
        QueryViews.showWhen(retry, model.canRetryProperty());
        Button progress = Controls.role(Controls.button(i18n, "query.to-progress"), "account-to-progress");
        progress.setOnAction(e -> model.toProgress());
        QueryViews.showWhen(progress, model.noNetworkProperty());
        HBox actions = new HBox(32, identify, toSpending, toSummary, pagerBox, retry, progress);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(24, lead, freshness, summary, spending, actions);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}
