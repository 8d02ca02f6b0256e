package io.anxin.kiosk.ui.resident;

import java.time.Clock;
import java.util.List;

import io.anxin.kiosk.service.query.QueryServices;
import io.anxin.kiosk.ui.I18n;
import io.anxin.kiosk.ui.Navigator;
import io.anxin.kiosk.ui.ResidentSession;
import io.anxin.kiosk.ui.Screen;
import io.anxin.kiosk.ui.TaskRunner;
import io.anxin.kiosk.voice.Voice;

/**
 * The query screens (个人账户查询 {@value AccountScreen#ID}, 办理进度查询 {@value ProgressScreen#ID} with
 * {@value ProgressNumberScreen#ID}, 参保证明打印 {@value CertificateScreen#ID}), built for the
 * composition root to register. Each reads the identified resident from the session on arrival.
 */
public final class QueryScreens {

    private QueryScreens() {
    }

    public static List<Screen> create(I18n i18n, ResidentSession session, Navigator navigator, TaskRunner tasks, Voice voice,
                                      Clock clock, QueryServices services) {
        return List.of(
                new AccountScreen(i18n, new AccountViewModel(services.lookup(), session, navigator, tasks, voice,
                        clock.getZone())),
                new ProgressScreen(i18n, new ProgressViewModel(services.progress(), session, navigator, tasks, voice,
                        clock.getZone())),
                new ProgressNumberScreen(i18n, new ProgressNumberViewModel(services.progress(), services.terminalId(), session,
                        navigator, tasks, voice, clock)),
                new CertificateScreen(i18n, new CertificateViewModel(services.certificates(), i18n, session, navigator, tasks,
                        voice, clock.getZone())));
    }
}
