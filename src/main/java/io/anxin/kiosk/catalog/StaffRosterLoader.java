package io.anxin.kiosk.catalog;

import java.nio.file.Path;

import io.anxin.kiosk.domain.hall.StaffRoster;

/** Reads {@value #FILE} from a config folder; only the hall node needs it. Stateless and thread-safe. */
public final class StaffRosterLoader {

    public static final String FILE = "staff.csv";

    /**
     * @param configDir the config folder, usually {@code kiosk-config}
     * @throws CatalogException listing every problem found, as {@code file:line: column ...}
     */
    public StaffRoster load(Path configDir) {
        Path dir = configDir.toAbsolutePath().normalize();
        Problems problems = new Problems();
        var roster = StaffCsv.read(dir.resolve(FILE), FILE, problems);
        if (problems.count() > 0) {
            throw new CatalogException(dir.toString(), problems.all());
        }
        return roster.orElseThrow();
    }
}
