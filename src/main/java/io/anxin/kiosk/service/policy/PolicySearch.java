package io.anxin.kiosk.service.policy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.anxin.kiosk.domain.catalog.PolicyArticle;
import io.anxin.kiosk.domain.catalog.PolicyLibrary;

/**
 * Finds policy articles by what a resident types: Chinese words ({@code 异地就医}, matched as a
 * substring, or failing that by the share of the query's character pairs found), or letters, read
 * as pinyin: initials ({@code ydjy} finds 异地就医), full pinyin ({@code yidijiuyi}) or a mix
 * ({@code yidjy}). Title, keywords and body are indexed; results are ranked title hits first, then
 * keyword hits, then body hits (more body hits first), ties in library order, so the same query always
 * gives the same list.
 *
 * <p><b>Polyphones.</b> Every reading of every character is indexed (长 both chang and zhang, 行 xing,
 * hang and heng, 重 zhong and chong, 便 bian and pian, 调 diao and tiao, 还 hai and huan), without
 * ever listing whole-word combinations: a title with n polyphonic characters would have 2^n or more
 * spellings. Instead each character keeps its own set of readings (at most
 * {@value PinyinReadings#MAX_READINGS_PER_CHAR}) and the index keys are only the first letters of
 * two neighbouring characters, so a position adds at most |first letters of a| x |first letters of b|
 * keys (in practice 1 to 4, never more than 64). A letter query is split into tokens, each a
 * prefix of some syllable ({@code ydjy} = y|d|j|y, {@code chang} = chang, chan|g, c|hang, ...); at most
 * {@value #MAX_SPLITS} splits are tried, the all-initials split always among them. The rarest pair of
 * neighbouring first letters of a split picks candidate positions from the index, and each candidate
 * is checked character by character against the readings of that character: character i matches
 * token i when one of its readings starts with the token.
 *
 * <p>Queries: blank, punctuation-only or longer than {@value #MAX_QUERY} characters find nothing
 * (never an exception); letters are case-insensitive; full-width letters are folded (NFKC).
 *
 * <p>Threads: build it once, off the JavaFX thread (pinyin4j loads its dictionary, a few hundred ms
 * the first time); after construction it is immutable and {@link #search} may be called from any
 * thread at once.
 */
public final class PolicySearch {

    /** Longest query considered, in characters. */
    public static final int MAX_QUERY = 32;
    /** Most ways a letter query is split into syllable prefixes. */
    static final int MAX_SPLITS = 64;
    private static final int LONGEST_SYLLABLE = 6;

    private static final int TITLE = 0;
    private static final int KEYWORDS = 1;
    private static final int FIELD_BITS = 2;
    private static final int POS_BITS = 20;
    private static final int MAX_FIELD_LENGTH = (1 << POS_BITS) - 1;

    private final List<PolicyArticle> articles;
    /** [article][field] normalised text. */
    private final char[][][] text;
    /** Readings by Han character (index c - 0x3400); null for characters not in any article. */
    private final String[][] readings;
    /** First-letter postings: [letter] and [letter * 26 + next letter]. */
    private final long[][] initials;
    private final long[][] initialPairs;
    /** Character postings: single characters and neighbouring pairs (c1 << 16 | c2). */
    private final Map<Integer, long[]> chars;
    private final Map<Integer, long[]> charPairs;
    /** Every prefix of every reading seen: the tokens a letter query may be split into. */
    private final Set<String> syllablePrefixes;

    public PolicySearch(PolicyLibrary library) {
        Objects.requireNonNull(library, "library");
        articles = library.articles();
        int n = articles.size();
        if (n >= (1L << (63 - POS_BITS - FIELD_BITS))) {
            throw new IllegalArgumentException("too many articles: " + n);
        }
        text = new char[n][][];
        PinyinReadings pinyin = new PinyinReadings();
        readings = new String[0xa000 - 0x3400][];
        Set<String> prefixes = new HashSet<>();
        LongList[] single = newLists(26);
        LongList[] pairs = newLists(26 * 26);
        Map<Integer, LongList> one = new HashMap<>();
        Map<Integer, LongList> two = new HashMap<>();
        for (int a = 0; a < n; a++) {
            PolicyArticle article = articles.get(a);
            text[a] = new char[][] {normalise(article.title()), normalise(String.join("\n", article.keywords())),
                    normalise(article.body())};
            for (int f = 0; f < 3; f++) {
                char[] t = text[a][f];
                if (t.length > MAX_FIELD_LENGTH) {
                    throw new IllegalArgumentException("article " + article.id() + " is too long to index");
                }
                for (int i = 0; i < t.length; i++) {
                    long posting = posting(a, f, i);
                    char c = t[i];
                    if (!indexable(c)) {
                        continue;
                    }
                    one.computeIfAbsent((int) c, k -> new LongList()).add(posting);
                    if (i + 1 < t.length && indexable(t[i + 1])) {
                        two.computeIfAbsent(c << 16 | t[i + 1], k -> new LongList()).add(posting);
                    }
                    String[] here = readingsOf(pinyin, c, prefixes);
                    if (here.length == 0) {
                        continue;
                    }
                    String[] next = i + 1 < t.length ? readingsOf(pinyin, t[i + 1], prefixes) : new String[0];
                    boolean[] seenFirst = new boolean[26];
                    for (String r : here) {
                        int l = r.charAt(0) - 'a';
                        if (seenFirst[l]) {
                            continue;
                        }
                        seenFirst[l] = true;
                        single[l].add(posting);
                        boolean[] seenNext = new boolean[26];
                        for (String s : next) {
                            int m = s.charAt(0) - 'a';
                            if (!seenNext[m]) {
                                seenNext[m] = true;
                                pairs[l * 26 + m].add(posting);
                            }
                        }
                    }
                }
            }
        }
        initials = toArrays(single);
        initialPairs = toArrays(pairs);
        chars = toArrays(one);
        charPairs = toArrays(two);
        syllablePrefixes = Set.copyOf(prefixes);
    }

    /** The articles, in library order. */
    public List<PolicyArticle> articles() {
        return articles;
    }

    /**
     * Keywords to offer as one-tap searches: each article's first keyword, then their second ones,
     * and so on, without repeats, at most {@code max}.
     */
    public List<String> suggestions(int max) {
        Set<String> out = new LinkedHashSet<>();
        for (int round = 0; out.size() < max; round++) {
            boolean any = false;
            for (PolicyArticle a : articles) {
                if (round < a.keywords().size()) {
                    any = true;
                    if (out.size() < max) {
                        out.add(a.keywords().get(round));
                    }
                }
            }
            if (!any) {
                break;
            }
        }
        return List.copyOf(out);
    }

    /** The articles matching {@code query}, best first; empty when nothing matches or the query says nothing. */
    public List<PolicyHit> search(String query) {
        Objects.requireNonNull(query, "query");
        if (query.codePointCount(0, query.length()) > MAX_QUERY) {
            return List.of();
        }
        String q = queryText(query);
        if (q.isEmpty()) {
            return List.of();
        }
        Scores scores = new Scores(articles.size());
        if (q.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            searchPinyin(q, scores);
        } else {
            searchWords(q, scores);
        }
        return scores.ranked(articles);
    }

    private void searchWords(String q, Scores scores) {
        char[] query = q.toCharArray();
        if (query.length == 1) {
            for (long p : chars.getOrDefault((int) query[0], new long[0])) {
                scores.hit(p, 1, text);
            }
            return;
        }
        int rarest = -1;
        long[] fewest = null;
        for (int i = 0; i + 1 < query.length; i++) {
            long[] list = charPairs.get(query[i] << 16 | query[i + 1]);
            if (list == null) {
                fewest = null;
                break;
            }
            if (fewest == null || list.length < fewest.length) {
                fewest = list;
                rarest = i;
            }
        }
        if (fewest != null) {
            for (long p : fewest) {
                int a = article(p);
                int f = field(p);
                int start = pos(p) - rarest;
                char[] t = text[a][f];
                if (start >= 0 && start + query.length <= t.length
                        && Arrays.equals(t, start, start + query.length, query, 0, query.length)) {
                    scores.hit(posting(a, f, start), query.length, text);
                }
            }
        }
        if (!scores.any() && query.length >= 3) {
            partialPairs(query, scores);
        }
    }

    /** No exact match: an article field holding at least half of the query's character pairs is a weak hit. */
    private void partialPairs(char[] query, Scores scores) {
        Set<Integer> keys = new LinkedHashSet<>();
        for (int i = 0; i + 1 < query.length; i++) {
            keys.add(query[i] << 16 | query[i + 1]);
        }
        int[][] found = new int[articles.size()][3];
        for (int key : keys) {
            long[] list = charPairs.get(key);
            if (list == null) {
                continue;
            }
            boolean[][] counted = new boolean[articles.size()][3];
            for (long p : list) {
                if (!counted[article(p)][field(p)]) {
                    counted[article(p)][field(p)] = true;
                    found[article(p)][field(p)]++;
                }
            }
        }
        int needed = (keys.size() + 1) / 2;
        for (int a = 0; a < found.length; a++) {
            for (int f = 0; f < 3; f++) {
                if (found[a][f] >= needed) {
                    scores.partial(a, f);
                }
            }
        }
    }

    private void searchPinyin(String q, Scores scores) {
        for (String[] split : splits(q)) {
            // Candidates from the rarest pair of neighbouring first letters, not always the first pair.
            long[] candidates = initials[split[0].charAt(0) - 'a'];
            int offset = 0;
            for (int j = 0; j + 1 < split.length; j++) {
                long[] list = initialPairs[(split[j].charAt(0) - 'a') * 26 + split[j + 1].charAt(0) - 'a'];
                if (j == 0 || list.length < candidates.length) {
                    candidates = list;
                    offset = j;
                }
            }
            scores.startSplit();
            for (long p : candidates) {
                int start = pos(p) - offset;
                if (start >= 0 && matchesAt(text[article(p)][field(p)], start, split)) {
                    scores.hit(posting(article(p), field(p), start), split.length, text);
                }
            }
        }
    }

    private boolean matchesAt(char[] t, int start, String[] tokens) {
        if (start + tokens.length > t.length) {
            return false;
        }
        for (int j = 0; j < tokens.length; j++) {
            char c = t[start + j];
            String[] rs = c >= 0x3400 && c < 0xa000 ? readings[c - 0x3400] : null;
            if (rs == null || !anyStartsWith(rs, tokens[j])) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyStartsWith(String[] rs, String token) {
        for (String r : rs) {
            if (r.startsWith(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ways to cut {@code q} into syllable prefixes: the all-initials cut first (when every letter can
     * start a syllable), then longest tokens first, at most {@value #MAX_SPLITS}.
     */
    List<String[]> splits(String q) {
        List<String[]> out = new ArrayList<>();
        String[] letters = new String[q.length()];
        boolean allInitials = true;
        for (int i = 0; i < q.length(); i++) {
            letters[i] = q.substring(i, i + 1);
            allInitials &= syllablePrefixes.contains(letters[i]);
        }
        if (allInitials) {
            out.add(letters);
        }
        cut(q, 0, new ArrayList<>(), out);
        return out;
    }

    private void cut(String q, int from, List<String> tokens, List<String[]> out) {
        if (out.size() >= MAX_SPLITS) {
            return;
        }
        if (from == q.length()) {
            if (tokens.size() < q.length()) {
                out.add(tokens.toArray(String[]::new));
            }
            return;
        }
        for (int len = Math.min(LONGEST_SYLLABLE, q.length() - from); len >= 1; len--) {
            String token = q.substring(from, from + len);
            if (syllablePrefixes.contains(token)) {
                tokens.add(token);
                cut(q, from + len, tokens, out);
                tokens.remove(tokens.size() - 1);
            }
        }
    }

    private String[] readingsOf(PinyinReadings pinyin, char c, Set<String> prefixes) {
        if (c < 0x3400 || c >= 0xa000) {
            return new String[0];
        }
        String[] rs = readings[c - 0x3400];
        if (rs == null) {
            rs = pinyin.of(c);
            readings[c - 0x3400] = rs;
            for (String r : rs) {
                for (int i = 1; i <= r.length(); i++) {
                    prefixes.add(r.substring(0, i));
                }
            }
        }
        return rs;
    }

    /** NFKC (full-width letters and digits become ASCII) and lower case. */
    static char[] normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).toCharArray();
    }

    /** The query as matched: normalised, keeping letters, digits and Han characters only. */
    static String queryText(String query) {
        StringBuilder sb = new StringBuilder();
        for (char c : normalise(query)) {
            if (indexable(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean indexable(char c) {
        return Character.isLetterOrDigit(c);
    }

    static long posting(int article, int field, int pos) {
        return ((long) article << (POS_BITS + FIELD_BITS)) | ((long) field << POS_BITS) | pos;
    }

    static int article(long posting) {
        return (int) (posting >>> (POS_BITS + FIELD_BITS));
    }

    static int field(long posting) {
        return (int) (posting >>> POS_BITS) & ((1 << FIELD_BITS) - 1);
    }

    static int pos(long posting) {
        return (int) (posting & MAX_FIELD_LENGTH);
    }

    private static LongList[] newLists(int n) {
        LongList[] lists = new LongList[n];
        for (int i = 0; i < n; i++) {
            lists[i] = new LongList();
        }
        return lists;
    }

    private static long[][] toArrays(LongList[] lists) {
        long[][] out = new long[lists.length][];
        for (int i = 0; i < lists.length; i++) {
            out[i] = lists[i].toArray();
        }
        return out;
    }

    private static Map<Integer, long[]> toArrays(Map<Integer, LongList> lists) {
        Map<Integer, long[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> out.put(k, v.toArray()));
        return Map.copyOf(out);
    }

    static boolean isTitle(int field) {
        return field == TITLE;
    }

    static boolean isKeywords(int field) {
        return field == KEYWORDS;
    }
}
