package io.anxin.kiosk.device.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NoHallPanelTest {

    @Test
    void aMachineWithoutGpioSaysSoAndEveryCallIsHarmless() {
        NoHallPanel panel = new NoHallPanel("panel.gpio=none");
        panel.addListener(new HallPanelListener() {
        });
        panel.helpLamp(true);
        panel.helpLamp(false);
        assertThat(panel.available()).isFalse();
        assertThat(panel.status()).contains("no GPIO panel (panel.gpio=none)").contains("on-screen help button still works");
        panel.close();
        panel.close();
    }

    @Test
    void aNullListenerIsRefused() {
        assertThatThrownBy(() -> new NoHallPanel("x").addListener(null)).isInstanceOf(NullPointerException.class);
    }
}
