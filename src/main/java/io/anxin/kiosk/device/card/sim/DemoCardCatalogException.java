package io.anxin.kiosk.device.card.sim;

/**
 * A demo card catalog that cannot be used. The message names the file, the line and the column and
 * what was expected; it never repeats an ID number or a name.
 */
public final class DemoCardCatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String column;

    public DemoCardCatalogException(String file, int line, String column, String problem, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + (column.isEmpty() ? "" : ", column " + column) + ": "
                + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    /** 1-based line number; 0 when the whole file is the problem. */
    public int line() {
        return line;
    }

    /** Column name from the header; empty when the whole line or file is the problem. */
    public String column() {
        return column;
    }
}
