package io.anxin.kiosk.catalog;

import java.nio.file.Path;

import io.anxin.kiosk.domain.catalog.QueueCategories;

/**
 * Reads {@value #FILE} from a config folder; only the hall node and its members need it, so it has
 * its own loader beside {@link CatalogLoader}. Stateless and thread-safe.
 */
public final class QueueCategoryLoader {

    public static final String FILE = "queue-categories.csv";

    /**
     * @param configDir the config folder, usually {@code kiosk-config}
     * @throws CatalogException listing every problem found, as {@code file:line: column ...}
     */
    public QueueCategories load(Path configDir) {
        Path dir = configDir.toAbsolutePath().normalize();
        Problems problems = new Problems();
        var categories = QueueCategoriesCsv.read(dir.resolve(FILE), FILE, problems);
        if (problems.count() > 0) {
            throw new CatalogException(dir.toString(), problems.all());
        }
        return categories.orElseThrow();
    }
}
