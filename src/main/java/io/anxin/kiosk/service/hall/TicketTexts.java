package io.anxin.kiosk.service.hall;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.anxin.kiosk.domain.catalog.QueueCategory;

/** The words of a ticket that do not come from one bundle key: names in the right language, window lists. */
public final class TicketTexts {

    private TicketTexts() {
    }

    public static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    public static String name(QueueCategory category, Locale locale) {
        return chinese(locale) ? category.nameZh() : category.nameEn();
    }

    /** "2、3" in Chinese, "2 or 3" in English: the bundle adds 号窗口 / window. */
    public static String windows(List<Integer> windows, Locale locale) {
        List<String> numbers = windows.stream().map(String::valueOf).toList();
        if (chinese(locale)) {
            return String.join("、", numbers);
        }
        if (numbers.size() == 1) {
            return numbers.get(0);
        }
        return numbers.subList(0, numbers.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + numbers.get(numbers.size() - 1);
    }
}
