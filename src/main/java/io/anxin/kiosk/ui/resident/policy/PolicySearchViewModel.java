package io.anxin.kiosk.ui.resident.policy;

import java.util.List;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import io.anxin.kiosk.service.policy.PolicyHit;
import io.anxin.kiosk.service.policy.PolicySearch;
import io.anxin.kiosk.ui.Message;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ScreenModel;
import io.anxin.kiosk.voice.Prompt;
import io.anxin.kiosk.voice.Voice;

/**
 * Search by pinyin initials on a letter keypad, or by one tap on a suggested word. Results follow
 * every key: the best {@value #SHOWN} as buttons and how many there are; nothing found is said and
 * shown with what to do next. The query stays when the resident comes back from an article.
 */
public final class PolicySearchViewModel extends ScreenModel {

    /** Results shown as buttons; more letters narrow the rest down. */
    public static final int SHOWN = 3;
    public static final int SUGGESTIONS = 6;
    /** Letters accepted; no title needs more initials. */
    public static final int MAX_LETTERS = 12;

    private final PolicyDesk desk;
    private final Navigator navigator;
    private final Voice voice;
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper(this, "query", "");
    private final ReadOnlyIntegerWrapper found = new ReadOnlyIntegerWrapper(this, "found");
    private final ObservableList<PolicyHit> results = FXCollections.observableArrayList();
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Message> nothingFound = new ReadOnlyObjectWrapper<>(this, "nothingFound");
    private PolicySearch search;
    /** Whether the query is a suggested word (Chinese) rather than typed letters. */
    private boolean word;

    public PolicySearchViewModel(PolicyDesk desk, Navigator navigator, Voice voice) {
        this.desk = desk;
        this.navigator = navigator;
        this.voice = voice;
    }

    /** What was typed, in capitals (YDJY), or the word tapped; empty before anything. */
    public ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    /** How many articles match (all of them, not only those shown). */
    public ReadOnlyIntegerProperty foundProperty() {
        return found.getReadOnlyProperty();
    }

    /** The best matches, at most {@value #SHOWN}. */
    public ObservableList<PolicyHit> results() {
        return results;
    }

    /**
     * "没有找到" with what to do next, while the query matches nothing; shown where the results would
     * be (not as an error banner, which would push the keypad down) and spoken once.
     */
    public ReadOnlyObjectProperty<Message> nothingFoundProperty() {
        return nothingFound.getReadOnlyProperty();
    }

    public ObservableList<String> suggestions() {
        return suggestions;
    }

    @Override
    public void onArrive() {
        super.onArrive();
        desk.whenReady(s -> {
            search = s;
            suggestions.setAll(s.suggestions(SUGGESTIONS));
            update(false);
        }, failure -> showError(Message.of("policy.error.unavailable")));
    }

    public void key(char letter) {
        char c = Character.toUpperCase(letter);
        if (c < 'A' || c > 'Z') {
            return;
        }
        String now = word ? "" : query.get();
        if (now.length() >= MAX_LETTERS) {
            showError(Message.of("policy.search.full", MAX_LETTERS));
            return;
        }
        word = false;
        query.set(now + c);
        update(true);
    }

    public void delete() {
        if (query.get().isEmpty()) {
            return;
        }
        query.set(word ? "" : query.get().substring(0, query.get().length() - 1));
        word = false;
        update(true);
    }

    /** 清空: speaks that it is empty. */
    public void clearTyped() {
        clear();
        voice.speak(Prompt.of("entry.cleared"));
    }

    /** Forgets the query without a word (a fresh search from the article list). */
    void clear() {
        query.set("");
        word = false;
        update(false);
    }

    public void suggestion(String keyword) {
        word = true;
        query.set(keyword);
        update(true);
    }

    public void open(PolicyHit hit) {
        desk.choose(hit.article());
        navigator.goTo(PolicyArticleScreen.ID);
    }

    private void update(boolean speak) {
        if (search == null) {
            return;
        }
        String q = query.get();
        List<PolicyHit> hits = q.isEmpty() ? List.of() : search.search(q);
        found.set(hits.size());
        results.setAll(hits.subList(0, Math.min(SHOWN, hits.size())));
        clearError();
        if (!q.isEmpty() && hits.isEmpty()) {
            Message none = Message.of("policy.search.none", q);
            if (!none.equals(nothingFound.get())) {
                voice.speak(none.toPrompt());
            }
            nothingFound.set(none);
            return;
        }
        nothingFound.set(null);
        if (speak && !q.isEmpty()) {
            voice.speak(hits.size() > SHOWN ? Prompt.of("policy.search.found-more", hits.size(), SHOWN)
                    : Prompt.of("policy.search.found", hits.size()));
        } else if (speak) {
            voice.speak(Prompt.of("entry.cleared"));
        }
    }

    @Override
    public void clearSession() {
        super.clearSession();
        query.set("");
        word = false;
        found.set(0);
        results.clear();
        nothingFound.set(null);
    }
}
