package io.anxin.kiosk.voice;

import static io.anxin.kiosk.voice.SpeechNormalizer.replace;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Chinese rules of {@link SpeechNormalizer}, applied in order. Stateless. */
final class ChineseSpeechRules {

    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
    private static final Pattern MASKED_ID =
            Pattern.compile("(?<![0-9A-Za-z])(\\d{1,6})\\*{3,}(\\d{0,3}[\\dXx])(?![0-9A-Za-z])");
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d.])(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?:\\s*日)?(?![\\d.])");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})\\s*年");
    private static final Pattern TIME = Pattern.compile("(?<![\\d.])([01]?\\d|2[0-3])[:：]([0-5]\\d)(?!\\d)");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)[ -]?(\\d{4})[ -]?(\\d{4})(?!\\d)");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(0\\d{2,3})[ -](\\d{7,8})(?!\\d)");
    private static final Pattern CODE = Pattern.compile(
            "(?<![A-Za-z0-9])(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*\\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![A-Za-z0-9])");
    private static final Pattern CODE_RUN = Pattern.compile("[A-Za-z]+|\\d+");
    private static final Pattern TICKET = Pattern.compile("(?<![A-Za-z0-9])([A-Za-z]{1,3})(\\d+)(?!\\d)");
    private static final Pattern MONEY_SIGN =
            Pattern.compile("[¥]\\s*" + NUM + "(?:\\.(\\d{1,2}))?(?!\\d)(?:\\s*元)?");
    private static final Pattern MONEY_YUAN = Pattern.compile("(?<![\\d.,])" + NUM + "(?:\\.(\\d{1,2}))?\\s*元");
    private static final Pattern HOTLINE = Pattern.compile("(?<![\\d.,])(12\\d{3}|95\\d{3})(?![\\d.,人次个位天元])");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern RANGE = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*[-~～—–至]\\s*(?=\\d)");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.])(\\d+\\.\\d+)(?![\\d.])");
    private static final Pattern INTEGER = Pattern.compile("(?<!\\d)" + NUM + "(?!\\d)");
    private static final Pattern WORD_RANGE =
            Pattern.compile("(?<=[点分日月年元角岁天号])\\s*[-~～—–]\\s*(?=[零一二三四五六七八九十两])");
    private static final Pattern SLASH_PER = Pattern.compile(
            "\\s*/\\s*(?=次|月|年|天|日|周|人|盒|件|张|片|支|瓶|小时|分钟|秒|公斤|千克|斤)");
    private static final Pattern SLASH_OR = Pattern.compile("(?<=\\p{IsHan})\\s*/\\s*(?=\\p{IsHan})");
    private static final Pattern STARS_NEAR_HAN = Pattern.compile("(?<=\\p{IsHan})\\*+|\\*+(?=\\p{IsHan})|\\*{2,}");
    private static final Pattern SPACES_NEAR_HAN =
            Pattern.compile("(?<=[\\p{IsHan}，。、！？；])\\s+|\\s+(?=[\\p{IsHan}，。、！？；])");

    /** Measure words after which 2 is read 两 (两个, 两天) rather than 二 (二号, 二月). */
    private static final String MEASURE = "个人位天次张盒件项种岁周本份条杯元块年";
    private static final List<String> MEASURE_WORDS = List.of("小时", "分钟", "秒");
    /** Units after which a long number is a quantity, not a code to read digit by digit. */
    private static final String QUANTITY_UNITS = "元人次个位天张盒件项万亿米克斤岁";

    String apply(String text) {
        String s = replace(text, MASKED_ID,
                m -> " " + ChineseNumbers.digits(m.group(1), false) + "，中间省略，"
                        + ChineseNumbers.digits(m.group(2), false) + " ");
        s = replace(s, DATE, ChineseSpeechRules::date);
        s = replace(s, YEAR_MONTH, m -> ChineseNumbers.digits(m.group(1), false) + "年"
                + ChineseNumbers.integer(Integer.parseInt(m.group(2))) + "月");
        s = replace(s, YEAR, m -> ChineseNumbers.digits(m.group(1), false) + "年");
        s = replace(s, TIME, ChineseSpeechRules::time);
        s = replace(s, MOBILE, m -> " " + ChineseNumbers.digits(m.group(1), true) + "，"
                + ChineseNumbers.digits(m.group(2), true) + "，" + ChineseNumbers.digits(m.group(3), true) + " ");
        s = replace(s, LANDLINE, m -> " " + ChineseNumbers.digits(m.group(1), true) + "，"
                + ChineseNumbers.digits(m.group(2), true) + " ");
        s = replace(s, CODE, ChineseSpeechRules::code);
        s = replace(s, TICKET, m -> m.group(1).toUpperCase(Locale.ROOT)
                + ChineseNumbers.digits(m.group(2), false));
        s = replace(s, MONEY_SIGN, m -> ChineseNumbers.money(m.group(1), m.group(2)));
        s = replace(s, MONEY_YUAN, m -> ChineseNumbers.money(m.group(1), m.group(2)));
        s = replace(s, HOTLINE, m -> ChineseNumbers.digits(m.group(1), true));
        s = replace(s, PERCENT, m -> "百分之" + ChineseNumbers.decimal(m.group(1)));
        s = replace(s, RANGE, m -> m.group(1) + "到");
        s = replace(s, DECIMAL, m -> ChineseNumbers.decimal(m.group(1)));
        s = integers(s);
        s = replace(s, WORD_RANGE, m -> "到");
        return symbols(s);
    }

    private static String date(MatchResult m) {
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return m.group();
        }
        return ChineseNumbers.digits(m.group(1), false) + "年" + ChineseNumbers.integer(month) + "月"
                + ChineseNumbers.integer(day) + "日";
    }

    private static String time(MatchResult m) {
        int minutes = Integer.parseInt(m.group(2));
        String hour = ChineseNumbers.integer(Integer.parseInt(m.group(1))) + "点";
        if (minutes == 0) {
            return hour;
        }
        return hour + (minutes < 10 ? "零" : "") + ChineseNumbers.integer(minutes) + "分";
    }

    /**
     * A code such as an acceptance number, said so that it can be written down: letters one by one
     * (espeak reads "DEMO" as the syllables de-mo), digits one by one in groups of at most four, and a
     * pause around each 杠, letters announced as 字母. DEMO-01-20261122-0001 becomes
     * "字母D E M O，杠，零一，杠，二零二六，一一二二，杠，零零零一".
     */
    private static String code(MatchResult m) {
        List<String> parts = new java.util.ArrayList<>();
        for (String part : m.group().split("-")) {
            parts.add(codePart(part));
        }
        return " " + String.join("，杠，", parts) + " ";
    }

    private static String codePart(String part) {
        StringBuilder sb = new StringBuilder();
        Matcher run = CODE_RUN.matcher(part);
        while (run.find()) {
            if (sb.length() > 0) {
                sb.append('，');
            }
            String r = run.group();
            if (Character.isDigit(r.charAt(0))) {
                for (int i = 0; i < r.length(); i += 4) {
                    if (i > 0) {
                        sb.append('，');
                    }
                    sb.append(ChineseNumbers.digits(r.substring(i, Math.min(r.length(), i + 4)), false));
                }
            } else {
                // "字母" first: spoken alone, E (yi) and O (ou) are easily taken for 一 and a sound
                sb.append("字母").append(String.join(" ", r.toUpperCase(Locale.ROOT).split("")));
            }
        }
        return sb.toString();
    }

    private static String integers(String input) {
        Matcher m = INTEGER.matcher(input);
        StringBuilder sb = new StringBuilder(input.length() + 16);
        while (m.find()) {
            String after = input.substring(m.end()).stripLeading();
            char before = m.start() > 0 ? input.charAt(m.start() - 1) : ' ';
            m.appendReplacement(sb, Matcher.quoteReplacement(integer(m.group(1), before, after)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String integer(String number, char before, String after) {
        String plain = number.replace(",", "");
        boolean unitFollows = !after.isEmpty() && QUANTITY_UNITS.indexOf(after.charAt(0)) >= 0;
        if (plain.length() > 1 && plain.startsWith("0")) {
            return ChineseNumbers.digits(plain, false);
        }
        if (plain.length() >= 5 && !number.contains(",") && !unitFollows) {
            return ChineseNumbers.digits(plain, false);
        }
        if (plain.equals("2") && before != '第' && startsWithMeasure(after)) {
            return "两";
        }
        return ChineseNumbers.decimal(plain);
    }

    private static boolean startsWithMeasure(String after) {
        if (after.isEmpty()) {
            return false;
        }
        if (MEASURE.indexOf(after.charAt(0)) >= 0) {
            return !after.startsWith("年级");
        }
        return MEASURE_WORDS.stream().anyMatch(after::startsWith);
    }

    private static String symbols(String text) {
        String s = replace(text, SLASH_PER, m -> "每");
        s = replace(s, SLASH_OR, m -> "或");
        s = replace(s, STARS_NEAR_HAN, m -> "");
        s = s.replace("/", " ").replace("*", "星号").replace("#", "井号").replace("+", "加")
                .replace("&", "和").replace("~", "到").replace("～", "到").replace("@", " ")
                .replace("%", "").replace(":", "，").replace("：", "，");
        s = s.replaceAll("\\s+", " ");
        s = replace(s, SPACES_NEAR_HAN, m -> "");
        return s.strip();
    }
}
