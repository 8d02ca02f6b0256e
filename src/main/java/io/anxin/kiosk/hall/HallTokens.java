package io.anxin.kiosk.hall;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Token files ({@code hall.token-file}), owner-only: a file readable or writable by group or others
 * is refused. On the node: one line per terminal, {@code TERMINAL-ID TOKEN [ROLE]} with ROLE one of
 * {@code kiosk}, {@code counter}, {@code display} (no role: every call, see {@link TerminalRole}); blank
 * lines and lines starting with {@code #} are ignored. On a member: its own line in the same form, or
 * just the token.
 */
public final class HallTokens {

    private HallTokens() {
    }

    /** @return terminal id by token */
    public static Map<String, String> readNode(Path file) {
        Map<String, String> byToken = new HashMap<>();
        Map<String, Integer> terminals = new HashMap<>();
        String[] lines = read(file).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length < 2 || parts.length > 3 || parts[1].length() < 16) {
                throw new HallException(HallException.Kind.TOKEN_FILE, file + ":" + (i + 1)
                        + ": expected 'TERMINAL-ID TOKEN [ROLE]' with a token of at least 16 characters");
            }
            if (parts.length == 3 && TerminalRole.parse(parts[2]) == null) {
                throw new HallException(HallException.Kind.TOKEN_FILE, file + ":" + (i + 1) + ": role '" + parts[2]
                        + "' is not one of kiosk, counter, display");
            }
            if (byToken.putIfAbsent(parts[1], parts[0]) != null) {
                throw new HallException(HallException.Kind.TOKEN_FILE, file + ":" + (i + 1)
                        + ": this token is already given to another terminal; every terminal needs its own");
            }
            Integer first = terminals.putIfAbsent(parts[0], i + 1);
            if (first != null) {
                throw new HallException(HallException.Kind.TOKEN_FILE, file + ":" + (i + 1) + ": terminal "
                        + parts[0] + " already has a token on line " + first);
            }
        }
        if (byToken.isEmpty()) {
            throw new HallException(HallException.Kind.TOKEN_FILE, "token file " + file + " lists no terminal");
        }
        return Map.copyOf(byToken);
    }

    /** @return the role of every terminal whose line names one (checked like {@link #readNode}) */
    public static Map<String, TerminalRole> readRoles(Path file) {
        readNode(file);
        Map<String, TerminalRole> roles = new HashMap<>();
        for (String line : read(file).split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                String[] parts = l.split("\\s+");
                if (parts.length == 3) {
                    roles.put(parts[0], TerminalRole.parse(parts[2]));
                }
            }
        }
        return Map.copyOf(roles);
    }

    /** @return this member's token */
    public static String readMember(Path file) {
        for (String line : read(file).split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                String[] parts = l.split("\\s+");
                return parts.length == 1 ? parts[0] : parts[1];
            }
        }
        throw new HallException(HallException.Kind.TOKEN_FILE, "token file " + file + " is empty");
    }

    private static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new HallException(HallException.Kind.TOKEN_FILE, "token file " + file + " does not exist or is not a file");
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)
                    || perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new HallException(HallException.Kind.TOKEN_FILE, "token file " + file
                        + " is readable or writable by group or others; run: chmod 600 " + file);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to check
        } catch (IOException e) {
            throw new HallException(HallException.Kind.TOKEN_FILE, "cannot check token file " + file + ": " + e, e);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HallException(HallException.Kind.TOKEN_FILE, "cannot read token file " + file + ": " + e, e);
        }
    }
}
