package io.anxin.kiosk.ui.technician;

import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;

import io.anxin.kiosk.ui.Controls;
import io.anxin.kiosk.ui.I18n;

/** A 3x4 digit keypad: 1-9, then delete, 0, confirm. Keys fire on release like every button. */
public final class Keypad extends GridPane {

    public Keypad(I18n i18n, Consumer<Character> digit, Runnable delete, Runnable confirm) {
        setHgap(20);
        setVgap(20);
        for (int i = 1; i <= 9; i++) {
            add(key(Character.forDigit(i, 10), digit), (i - 1) % 3, (i - 1) / 3);
        }
        Button del = Controls.role(Controls.button(i18n, "technician.pin.delete", "key", "key-word"), "key-delete");
        del.setOnAction(e -> delete.run());
        Button ok = Controls.role(Controls.button(i18n, "technician.pin.confirm", "key", "key-word", "primary"), "key-confirm");
        ok.setOnAction(e -> confirm.run());
        add(del, 0, 3);
        add(key('0', digit), 1, 3);
        add(ok, 2, 3);
    }

    private static Button key(char c, Consumer<Character> digit) {
        Button b = new Button(String.valueOf(c));
        b.getStyleClass().add("key");
        b.setAccessibleText(String.valueOf(c));
        Controls.role(b, "key-" + c);
        b.setOnAction(e -> digit.accept(c));
        return b;
    }
}
