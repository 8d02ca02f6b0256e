package io.anxin.kiosk.service.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.anxin.kiosk.domain.catalog.PolicyArticle;

/**
 * What one query found in each article, and the ranking: a title hit (more if the title starts with
 * it) outranks any keyword hit (more if it is a whole keyword), which outranks any number of body
 * hits; ties keep library order. Used by one thread for one query.
 */
final class Scores {

    static final int TITLE = 1000;
    static final int TITLE_START = 200;
    static final int KEYWORD = 400;
    static final int WHOLE_KEYWORD = 100;
    static final int BODY_EACH = 10;
    static final int BODY_MAX_COUNTED = 10;
    static final int PARTIAL_TITLE = 60;
    static final int PARTIAL_KEYWORD = 40;
    static final int PARTIAL_BODY = 20;

    private final int[] title;
    private final int[] keyword;
    private final int[] body;
    private final int[] bodyThisSplit;
    private final int[] partial;
    private boolean any;

    Scores(int articles) {
        title = new int[articles];
        keyword = new int[articles];
        body = new int[articles];
        bodyThisSplit = new int[articles];
        partial = new int[articles];
    }

    /**
     * A new way of reading the query begins: body hits are counted per reading and the best reading
     * counts, so one position found by two readings is not counted twice.
     */
    void startSplit() {
        Arrays.fill(bodyThisSplit, 0);
    }

    /** The query matched {@code length} characters from {@code posting}. */
    void hit(long posting, int length, char[][][] text) {
        int a = PolicySearch.article(posting);
        int f = PolicySearch.field(posting);
        int pos = PolicySearch.pos(posting);
        any = true;
        if (PolicySearch.isTitle(f)) {
            title[a] = Math.max(title[a], TITLE + (pos == 0 ? TITLE_START : 0));
        } else if (PolicySearch.isKeywords(f)) {
            char[] t = text[a][f];
            boolean whole = (pos == 0 || t[pos - 1] == '\n') && (pos + length == t.length || t[pos + length] == '\n');
            keyword[a] = Math.max(keyword[a], KEYWORD + (whole ? WHOLE_KEYWORD : 0));
        } else {
            bodyThisSplit[a]++;
            body[a] = Math.max(body[a], bodyThisSplit[a]);
        }
    }

    /** No exact hit anywhere: field {@code field} of article {@code a} holds most of the query's pairs. */
    void partial(int a, int field) {
        int s = PolicySearch.isTitle(field) ? PARTIAL_TITLE : PolicySearch.isKeywords(field) ? PARTIAL_KEYWORD
                : PARTIAL_BODY;
        partial[a] = Math.max(partial[a], s);
    }

    boolean any() {
        return any;
    }

    List<PolicyHit> ranked(List<PolicyArticle> articles) {
        List<Integer> found = new ArrayList<>();
        for (int a = 0; a < title.length; a++) {
            if (score(a) > 0) {
                found.add(a);
            }
        }
        found.sort(Comparator.comparingInt((Integer a) -> -score(a)).thenComparingInt(a -> a));
        List<PolicyHit> out = new ArrayList<>(found.size());
        for (int a : found) {
            out.add(new PolicyHit(articles.get(a), score(a), where(a)));
        }
        return List.copyOf(out);
    }

    private int score(int a) {
        return title[a] + keyword[a] + Math.min(body[a], BODY_MAX_COUNTED) * BODY_EACH + partial[a];
    }

    private PolicyHit.Where where(int a) {
        if (title[a] > 0 || partial[a] == PARTIAL_TITLE) {
            return PolicyHit.Where.TITLE;
        }
        if (keyword[a] > 0 || partial[a] == PARTIAL_KEYWORD) {
            return PolicyHit.Where.KEYWORDS;
        }
        return PolicyHit.Where.BODY;
    }
}
