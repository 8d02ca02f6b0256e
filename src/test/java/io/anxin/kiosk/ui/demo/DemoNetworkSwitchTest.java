package io.anxin.kiosk.ui.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.ui.support.KioskUiHarness;
import io.anxin.kiosk.ui.support.SyncTaskRunner;

/** The demo panel's network switch: cut, then restore, through the seam; the button follows the state. */
class DemoNetworkSwitchTest {

    @TempDir
    Path dataDir;

    @Test
    void cutsAndRestoresTheNetworkThroughTheSeam() throws Exception {
        List<Boolean> calls = new ArrayList<>();
        DemoNetwork network = new DemoNetwork() {
            private boolean up = true;

            @Override
            public boolean online() {
                return up;
            }

            @Override
            public void setOnline(boolean online) {
                calls.add(online);
                up = online;
            }
        };
        try (KioskUiHarness h = new KioskUiHarness(dataDir)) {
            KioskUiHarness.onFx(() -> {
                DemoPanelViewModel m = new DemoPanelViewModel(h.demoCards, h.ui.navigator(), h.clock, token -> { },
                        new SyncTaskRunner(), Optional.of(network));
                assertThat(m.hasNetwork()).isTrue();
                assertThat(m.onlineProperty().get()).isTrue();
                m.toggleNetwork();
                assertThat(m.onlineProperty().get()).isFalse();
                m.toggleNetwork();
                assertThat(m.onlineProperty().get()).isTrue();
                assertThat(new DemoPanelViewModel(h.demoCards, h.ui.navigator(), h.clock, token -> { },
                        new SyncTaskRunner(), Optional.empty()).hasNetwork()).isFalse();
                return null;
            });
        }
        assertThat(calls).containsExactly(false, true);
    }
}
