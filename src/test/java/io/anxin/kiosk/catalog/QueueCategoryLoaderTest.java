package io.anxin.kiosk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.catalog.QueueCategories;

class QueueCategoryLoaderTest {

    @TempDir
    Path dir;

    @Test
    void theShippedFileHasOnePriorityCategoryAtWindowOne() {
        QueueCategories c = new QueueCategoryLoader().load(Path.of("kiosk-config"));
        assertEquals("老年人优先窗口", c.priority().nameZh());
        assertTrue(c.isPriorityWindow(1));
        assertEquals(List.of(2, 3), c.byCode("general").orElseThrow().windows());
    }

    @Test
    void everyBadCellIsNamedWithLineAndColumn() throws IOException {
        Files.writeString(dir.resolve(QueueCategoryLoader.FILE), String.join("\n",
                "code,letter,name_zh,name_en,windows,priority",
                "elderly,Y,老年人优先窗口,Priority,1,true",
                "general,a,参保,Enrolment,2;x,maybe",
                ""), StandardCharsets.UTF_8);
        CatalogException e = assertThrows(CatalogException.class, () -> new QueueCategoryLoader().load(dir));
        assertEquals(List.of(
                "queue-categories.csv:3: column letter: 'a' is not valid: expected one capital letter A to Z",
                "queue-categories.csv:3: column windows: '2;x' is not valid: expected window numbers from 1 to 99"
                        + " separated by ';' such as 1;2",
                "queue-categories.csv:3: column priority: 'maybe' is not valid: expected true or false"), e.problems());
    }

    @Test
    void needsExactlyOnePriorityCategoryAndUniqueLetters() throws IOException {
        Files.writeString(dir.resolve(QueueCategoryLoader.FILE), String.join("\n",
                "code,letter,name_zh,name_en,windows,priority",
                "general,A,参保,Enrolment,2,false",
                "chronic,A,慢特病,Chronic,3,false",
                ""), StandardCharsets.UTF_8);
        CatalogException e = assertThrows(CatalogException.class, () -> new QueueCategoryLoader().load(dir));
        assertEquals(List.of("queue-categories.csv: letter A is used by two queue categories"), e.problems());
    }
}
