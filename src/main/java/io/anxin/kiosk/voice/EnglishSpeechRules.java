package io.anxin.kiosk.voice;

import static io.anxin.kiosk.voice.SpeechNormalizer.replace;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The small English rule set of {@link SpeechNormalizer}. Stateless. */
final class EnglishSpeechRules {

    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
    private static final Pattern MASKED_ID =
            Pattern.compile("(?<![0-9A-Za-z])(\\d{1,6})\\*{3,}(\\d{0,3}[\\dXx])(?![0-9A-Za-z])");
    private static final Pattern DATE =
            Pattern.compile("(?<![\\d.])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d.])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)[ -]?(\\d{4})[ -]?(\\d{4})(?!\\d)");
    private static final Pattern CODE = Pattern.compile(
            "(?<![A-Za-z0-9])(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*\\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![A-Za-z0-9])");
    private static final Pattern CODE_RUN = Pattern.compile("[A-Za-z]+|\\d+");
    private static final Pattern TICKET = Pattern.compile("(?<![A-Za-z0-9])([A-Za-z]{1,3})(\\d+)(?!\\d)");
    private static final Pattern MONEY_SIGN = Pattern.compile("[¥]\\s*" + NUM + "(?:\\.(\\d{1,2}))?(?!\\d)(?:\\s*(?:元|yuan))?");
    private static final Pattern MONEY_YUAN = Pattern.compile("(?<![\\d.,])" + NUM + "(?:\\.(\\d{1,2}))?\\s*(?:元|yuan|RMB)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern RANGE = Pattern.compile("(?<![\\d.])(\\d+)\\s*[-~–]\\s*(?=\\d)");
    private static final Pattern SLASH_PER = Pattern.compile(
            "\\s*/\\s*(?=(?:visit|month|year|day|week|person|box|hour|time)\\b)");

    String apply(String text) {
        String s = replace(text, MASKED_ID,
                m -> spaced(m.group(1)) + ", middle digits hidden, " + spaced(m.group(2)));
        s = replace(s, DATE, EnglishSpeechRules::date);
        s = replace(s, MOBILE, m -> spaced(m.group(1)) + ", " + spaced(m.group(2)) + ", " + spaced(m.group(3)));
        s = replace(s, CODE, EnglishSpeechRules::code);
        s = replace(s, TICKET, m -> m.group(1).toUpperCase(Locale.ROOT) + " " + spaced(m.group(2)));
        s = replace(s, MONEY_SIGN, EnglishSpeechRules::money);
        s = replace(s, MONEY_YUAN, EnglishSpeechRules::money);
        s = replace(s, PERCENT, m -> m.group(1) + " percent");
        s = replace(s, RANGE, m -> m.group(1) + " to ");
        s = replace(s, SLASH_PER, m -> " per ");
        s = s.replace("/", " or ").replace("&", " and ").replace("#", " number ").replace("+", " plus ")
                .replace("*", " ").replace("~", " to ");
        return s.replaceAll("\\s+", " ").replaceAll(" ([,.?!;:])", "$1").strip();
    }

    /** An acceptance number for writing down: DEMO-01-20261122-0001 is "D E M O, dash, 0 1, dash, 2 0 2 6, 1 1 2 2, dash, 0 0 0 1". */
    private static String code(MatchResult m) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String part : m.group().split("-")) {
            java.util.List<String> runs = new java.util.ArrayList<>();
            Matcher run = CODE_RUN.matcher(part);
            while (run.find()) {
                String r = run.group();
                if (Character.isDigit(r.charAt(0))) {
                    for (int i = 0; i < r.length(); i += 4) {
                        runs.add(spaced(r.substring(i, Math.min(r.length(), i + 4))));
                    }
                } else {
                    runs.add(spaced(r));
                }
            }
            parts.add(String.join(", ", runs));
        }
        return String.join(", dash, ", parts);
    }

    private static String spaced(String digits) {
        return String.join(" ", digits.toUpperCase(Locale.ROOT).split(""));
    }

    private static String date(MatchResult m) {
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return m.group();
        }
        return day + " " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.group(1);
    }

    private static String money(MatchResult m) {
        String yuan = m.group(1).replace(",", "");
        String decimals = m.group(2) == null ? "" : (m.group(2) + "0").substring(0, 2);
        int fen = decimals.isEmpty() ? 0 : Integer.parseInt(decimals);
        return fen == 0 ? yuan + " yuan" : yuan + " yuan " + fen;
    }
}
