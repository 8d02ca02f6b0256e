package io.anxin.kiosk.ui.resident;

import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** Pages of a list shown a few lines at a time (上一页 / 下一页, "第1页，共3页"). FX thread only. */
public final class Pager {

    private int pageSize;
    private int items;
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page", 1);
    private final ReadOnlyIntegerWrapper pages = new ReadOnlyIntegerWrapper(this, "pages", 1);
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");

    Pager(int pageSize) {
        this.pageSize = pageSize;
    }

    public int pageSize() {
        return pageSize;
    }

    /** 1-based. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    /** Changes how many lines a page holds (large text shows fewer) and goes back to page 1. */
    void setPageSize(int size) {
        pageSize = size;
        reset(items);
    }

    void reset(int items) {
        this.items = items;
        pages.set(Math.max(1, (items + pageSize - 1) / pageSize));
        page.set(1);
        update();
    }

    void next() {
        if (hasNext.get()) {
            page.set(page.get() + 1);
            update();
        }
    }

    void previous() {
        if (hasPrevious.get()) {
            page.set(page.get() - 1);
            update();
        }
    }

    <T> List<T> slice(List<T> all) {
        int from = Math.min(all.size(), (page.get() - 1) * pageSize);
        return all.subList(from, Math.min(all.size(), from + pageSize));
    }

    private void update() {
        hasPrevious.set(page.get() > 1);
        hasNext.set(page.get() < pages.get());
    }
}
