package io.anxin.kiosk.ui.resident.policy;

import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.anxin.kiosk.domain.catalog.PolicyArticle;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.Voice;

/** 政策咨询: every article as a large button, {@value #PAGE_SIZE} to a page, and the way to search. */
public final class PolicyViewModel extends ScreenModel {

    public static final int PAGE_SIZE = 6;

    private final PolicyDesk desk;
    private final PolicySearchViewModel searchModel;
    private final Navigator navigator;
    private final Voice voice;
    private final ObservableList<PolicyArticle> shown = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page", 1);
    private final ReadOnlyIntegerWrapper pages = new ReadOnlyIntegerWrapper(this, "pages", 1);
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private List<PolicyArticle> all = List.of();

    public PolicyViewModel(PolicyDesk desk, PolicySearchViewModel searchModel, Navigator navigator, Voice voice) {
        this.desk = desk;
        this.searchModel = searchModel;
        this.navigator = navigator;
        this.voice = voice;
    }

    /** The articles on this page, at most {@value #PAGE_SIZE}. */
    public ObservableList<PolicyArticle> shown() {
        return shown;
    }

    /** 1-based. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    @Override
    public void onArrive() {
        super.onArrive();
        desk.whenReady(search -> {
            all = search.articles();
            pages.set(Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE));
            show(Math.min(page.get(), pages.get()));
        }, failure -> showError(Message.of("policy.error.unavailable")));
    }

    public void next() {
        if (hasNext.get()) {
            show(page.get() + 1);
            voice.speak(Prompt.of("policy.page", page.get(), pages.get()));
        }
    }

    public void previous() {
        if (hasPrevious.get()) {
            show(page.get() - 1);
            voice.speak(Prompt.of("policy.page", page.get(), pages.get()));
        }
    }

    public void open(PolicyArticle article) {
        desk.choose(article);
        navigator.goTo(PolicyArticleScreen.ID);
    }

    /** 搜索: a fresh search. */
    public void search() {
        searchModel.clear();
        navigator.goTo(PolicySearchScreen.ID);
    }

    private void show(int p) {
        page.set(p);
        int from = (p - 1) * PAGE_SIZE;
        shown.setAll(all.subList(Math.min(from, all.size()), Math.min(from + PAGE_SIZE, all.size())));
        hasPrevious.set(p > 1);
        hasNext.set(p < pages.get());
    }

    @Override
    public void clearSession() {
        super.clearSession();
        if (!all.isEmpty()) {
            show(1);
        } else {
            page.set(1);
        }
    }
}
