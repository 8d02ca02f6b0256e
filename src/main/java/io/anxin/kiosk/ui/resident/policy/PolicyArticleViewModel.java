package io.anxin.kiosk.ui.resident.policy;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import io.anxin.kiosk.domain.catalog.PolicyArticle;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.Voice;

/**
 * One article, in pages the view says fit ({@link #setCapacity}), and read aloud on request: each
 * paragraph is queued on the voice, so any touch (the shell cancels speech on every press) or leaving
 * the screen stops it. An article about chronic disease ends with the long-prescription note.
 */
public final class PolicyArticleViewModel extends ScreenModel {

    /** Keywords that make an article one about chronic disease. */
    static final List<String> CHRONIC_KEYWORDS = List.of("慢性病", "门诊慢特病", "慢特病");
    /** Said already when the body has it. */
    static final String THREE_MONTHS = "3个月";
    static final String NOTE_KEY = "policy.article.long-prescription";

    private final PolicyDesk desk;
    private final Voice voice;
    private final I18n i18n;
    private final ReadOnlyObjectWrapper<PolicyArticle> article = new ReadOnlyObjectWrapper<>(this, "article");
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper(this, "pageText", "");
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page", 1);
    private final ReadOnlyIntegerWrapper pages = new ReadOnlyIntegerWrapper(this, "pages", 1);
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private int columns = 40;
    private int rows = 8;
    private List<String> pageTexts = List.of("");

    public PolicyArticleViewModel(PolicyDesk desk, Voice voice, I18n i18n) {
        this.desk = desk;
        this.voice = voice;
        this.i18n = i18n;
        i18n.localeProperty().addListener((obs, old, now) -> repaginate(0));
    }

    public ReadOnlyObjectProperty<PolicyArticle> articleProperty() {
        return article.getReadOnlyProperty();
    }

    /** The text of the current page: paragraphs on their own lines, each indented. */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

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

    /** The title, or empty before an article is shown. */
    public String title() {
        return article.get() == null ? "" : article.get().title();
    }

    @Override
    public void onArrive() {
        super.onArrive();
        desk.whenReady(search -> {
            PolicyArticle chosen = desk.chosen() != null ? desk.chosen() : search.articles().get(0);
            if (chosen != article.get()) {
                article.set(chosen);
                repaginate(0);
                show(1);
            }
        }, failure -> showError(Message.of("policy.error.unavailable")));
    }

    /**
     * How much text the page area holds, in full-width characters per line and lines; the view
     * calls it whenever its size or font changes. The page shown keeps its first words on screen.
     */
    public void setCapacity(int columns, int rows) {
        if (columns == this.columns && rows == this.rows) {
            return;
        }
        int firstChar = charsBefore(page.get());
        this.columns = columns;
        this.rows = rows;
        repaginate(firstChar);
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

    /** 朗读全文: the title, every paragraph and the note, queued so that each is one utterance. */
    public void readAloud() {
        PolicyArticle a = article.get();
        if (a == null) {
            return;
        }
        voice.speak(Prompt.of("policy.read.start", a.title()));
        for (String paragraph : paragraphs()) {
            voice.enqueue(Prompt.of("policy.read.paragraph", paragraph));
        }
        voice.enqueue(Prompt.of("policy.read.end"));
    }

    /** The body's paragraphs and, for an article about chronic disease, the long-prescription note. */
    List<String> paragraphs() {
        PolicyArticle a = article.get();
        if (a == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(a.paragraphs());
        if (needsLongPrescriptionNote(a)) {
            out.add(i18n.text(NOTE_KEY));
        }
        return out;
    }

    static boolean needsLongPrescriptionNote(PolicyArticle a) {
        boolean chronic = a.keywords().stream().anyMatch(CHRONIC_KEYWORDS::contains)
                || CHRONIC_KEYWORDS.stream().anyMatch(a.title()::contains);
        return chronic && !a.body().contains(THREE_MONTHS);
    }

    private void repaginate(int firstChar) {
        pageTexts = ArticlePages.paginate(paragraphs(), columns, rows);
        pages.set(pageTexts.size());
        int target = 1;
        for (int p = 1; p <= pageTexts.size(); p++) {
            if (charsBefore(p) <= firstChar) {
                target = p;
            }
        }
        show(target);
    }

    private int charsBefore(int p) {
        int n = 0;
        for (int i = 0; i < p - 1 && i < pageTexts.size(); i++) {
            n += ArticlePages.contentLength(pageTexts.get(i));
        }
        return n;
    }

    private void show(int p) {
        int clamped = Math.max(1, Math.min(p, pageTexts.size()));
        page.set(clamped);
        pageText.set(pageTexts.get(clamped - 1));
        hasPrevious.set(clamped > 1);
        hasNext.set(clamped < pageTexts.size());
    }

    @Override
    public void clearSession() {
        super.clearSession();
        page.set(1);
    }
}
