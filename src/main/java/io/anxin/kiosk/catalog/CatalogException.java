package io.anxin.kiosk.catalog;

import java.util.List;

/**
 * A catalog file in {@code kiosk-config/} cannot be used. Every problem found is listed, each as
 * {@code file:line: column name: 'value' is not valid: expected ...}, so the hall can fix them all
 * in one go. The kiosk refuses to start rather than show wrong rules.
 */
public final class CatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public CatalogException(String folder, List<String> problems) {
        super("the catalog in " + folder + " cannot be used (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):" + System.lineSeparator()
                + String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, file names relative to the config folder. */
    public List<String> problems() {
        return problems;
    }
}
