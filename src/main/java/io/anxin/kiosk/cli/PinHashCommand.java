package io.anxin.kiosk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import io.anxin.kiosk.domain.PinHash;

/** {@code kiosk pin-hash}: reads a PIN (not echoed) and prints the value for technician.pin-hash. */
@Command(name = "pin-hash", mixinStandardHelpOptions = true,
        description = "Read a technician PIN (4-8 digits) from the terminal or standard input and print its hash "
                + "for the technician.pin-hash key.")
public final class PinHashCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        char[] pin = readPin();
        try {
            if (pin.length < 4 || pin.length > 8 || !new String(pin).chars().allMatch(Character::isDigit)) {
                spec.commandLine().getErr().println("kiosk pin-hash: the PIN must be 4 to 8 digits");
                return ExitCodes.USAGE;
            }
            spec.commandLine().getOut().println(PinHash.create(pin, new SecureRandom()));
            return ExitCodes.OK;
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private static char[] readPin() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] pin = console.readPassword("PIN: ");
            return pin == null ? new char[0] : pin;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? new char[0] : line.strip().toCharArray();
    }
}
