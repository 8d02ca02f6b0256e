package io.anxin.kiosk.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Screen;
import io.anxin.kiosk.ui.support.KioskUiHarness;

/**
 * A help call names the screen the resident was on; the counter console shows it by name. Every screen
 * the kiosk registers has that name in both languages, so a clerk never reads a raw screen id.
 */
class HelpScreenNamesTest {

    @TempDir
    Path dataDir;

    @Test
    void everyResidentScreenHasANameForTheCounter() throws Exception {
        List<String> ids;
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            ids = KioskUiHarness.onFx(() -> h.ui.registry().all().stream().map(Screen::id).toList());
        }
        assertThat(ids).contains("queue-ticket", "call-staff", "service-step");
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            I18n i18n = new I18n(locale);
            for (String id : ids) {
                assertThat(i18n.text("counter.help.screen." + id)).as("%s name of screen %s", locale, id)
                        .doesNotStartWith("\u27e6");
            }
        }
    }
}
