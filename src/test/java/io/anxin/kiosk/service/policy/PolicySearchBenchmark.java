package io.anxin.kiosk.service.policy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;

import io.anxin.kiosk.catalog.CatalogLoader;
import io.anxin.kiosk.domain.catalog.PolicyArticle;
import io.anxin.kiosk.domain.catalog.PolicyLibrary;

/**
 * PolicySearch over 10,000 articles generated from a fixed seed out of the shipped articles'
 * keywords and clauses: index build time and memory, and query time of Chinese-word and pinyin
 * queries. Run with {@code mvn test -Dtest=PolicySearchBenchmark -Dsurefire.excludedGroups= -Dsurefire.groups=benchmark};
 * writes target/benchmarks/policy-search.txt.
 */
@Tag("benchmark")
class PolicySearchBenchmark {

    private static final int ARTICLES = 10_000;
    private static final int QUERIES_PER_KIND = 300;
    private static final long SEED = 20261202L;

    @Test
    void tenThousandArticles() throws Exception {
        PolicyLibrary shipped = new CatalogLoader().policy(Path.of("kiosk-config", CatalogLoader.POLICY));
        Random random = new Random(SEED);
        List<String> keywords = new ArrayList<>(new LinkedHashSet<>(
                shipped.articles().stream().flatMap(a -> a.keywords().stream()).toList()));
        List<String> clauses = shipped.articles().stream().flatMap(a -> Arrays.stream(a.body().split("[，。；：\\n]+")))
                .map(String::strip).filter(c -> c.length() >= 3).distinct().toList();
        List<String> titles = shipped.articles().stream().map(PolicyArticle::title).toList();
        String[] endings = {"怎么办", "须知", "问答", "指南", "要点", "怎么申请"};

        List<PolicyArticle> generated = new ArrayList<>(ARTICLES);
        long chars = 0;
        for (int i = 0; i < ARTICLES; i++) {
            String title = pick(random, keywords) + pick(random, keywords) + endings[random.nextInt(endings.length)];
            Set<String> kw = new LinkedHashSet<>();
            for (int k = 0, n = 3 + random.nextInt(4); k < n; k++) {
                kw.add(pick(random, keywords));
            }
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0, n = 3 + random.nextInt(4); p < n; p++) {
                StringBuilder sb = new StringBuilder();
                for (int c = 0, m = 2 + random.nextInt(4); c < m; c++) {
                    sb.append(c == 0 ? "" : "，").append(pick(random, clauses));
                }
                paragraphs.add(sb.append('。').toString());
            }
            String body = String.join("\n\n", paragraphs);
            chars += title.length() + body.length();
            generated.add(new PolicyArticle("gen-" + i, title, List.copyOf(kw), body));
        }
        PolicyLibrary library = new PolicyLibrary(generated);

        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        List<String> wordQueries = new ArrayList<>();
        List<String> pinyinQueries = new ArrayList<>();
        for (int i = 0; i < QUERIES_PER_KIND; i++) {
            String word = switch (i % 3) {
                case 0 -> pick(random, keywords);
                case 1 -> substring(random, pick(random, clauses), 2 + random.nextInt(3));
                default -> substring(random, pick(random, titles), 2 + random.nextInt(4));
            };
            wordQueries.add(word);
            String source = i % 2 == 0 ? pick(random, keywords) : substring(random, pick(random, titles), 2 + random.nextInt(4));
            StringBuilder initials = new StringBuilder();
            StringBuilder full = new StringBuilder();
            for (char c : source.toCharArray()) {
                String[] r = PinyinHelper.toHanyuPinyinStringArray(c, format);
                if (r != null && r.length > 0) {
                    String reading = r[random.nextInt(r.length)];
                    initials.append(reading.charAt(0));
                    full.append(reading);
                }
            }
            pinyinQueries.add(i % 5 == 4 ? full.toString() : initials.toString());
        }

        System.gc();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        PolicySearch search = new PolicySearch(library);
        double buildMs = (System.nanoTime() - start) / 1e6;
        System.gc();
        long heapAfter = usedHeap();

        for (int round = 0; round < 3; round++) {
            wordQueries.forEach(search::search);
            pinyinQueries.forEach(search::search);
        }
        double[] wordsCpu = new double[wordQueries.size()];
        double[] pinyinCpu = new double[pinyinQueries.size()];
        double[] words = time(search, wordQueries, wordsCpu);
        double[] pinyin = time(search, pinyinQueries, pinyinCpu);
        int wordHits = wordQueries.stream().mapToInt(q -> search.search(q).size()).sum();
        int pinyinHits = pinyinQueries.stream().mapToInt(q -> search.search(q).size()).sum();

        String report = String.format(Locale.ROOT,
                "policy search benchmark: %d generated articles (seed %d, %.1f M characters of title and body)%n"
                        + "index build: %.0f ms (pinyin4j dictionary load included), heap +%.0f MB%n"
                        + "Chinese words, %d queries (keywords, clause and title substrings): p50 %.2f ms, p95 %.2f ms, max %.2f ms, %.0f hits a query%n"
                        + "pinyin, %d queries (initials; every 5th full pinyin; random reading of each character): p50 %.2f ms, p95 %.2f ms, max %.2f ms, %.0f hits a query%n"
                        + "CPU time of the searching thread (less swayed by other load): words p50 %.2f / p95 %.2f ms, pinyin p50 %.2f / p95 %.2f ms%n"
                        + "%s, %d cores, load average %s%n",
                ARTICLES, SEED, chars / 1e6, buildMs, (heapAfter - heapBefore) / 1e6,
                wordQueries.size(), pct(words, 50), pct(words, 95), pct(words, 100), wordHits / (double) wordQueries.size(),
                pinyinQueries.size(), pct(pinyin, 50), pct(pinyin, 95), pct(pinyin, 100),
                pinyinHits / (double) pinyinQueries.size(),
                pct(wordsCpu, 50), pct(wordsCpu, 95), pct(pinyinCpu, 50), pct(pinyinCpu, 95),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip());
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("policy-search.txt"), report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    private static double[] time(PolicySearch search, List<String> queries, double[] cpuMs) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[queries.size()];
        for (int i = 0; i < ms.length; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            search.search(queries.get(i));
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        return ms;
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String substring(Random random, String s, int length) {
        if (s.length() <= length) {
            return s;
        }
        int from = random.nextInt(s.length() - length + 1);
        return s.substring(from, from + length);
    }
}
