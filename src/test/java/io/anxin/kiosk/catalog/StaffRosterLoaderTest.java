package io.anxin.kiosk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.anxin.kiosk.domain.PinHash;
import io.anxin.kiosk.domain.hall.StaffRoster;

class StaffRosterLoaderTest {

    @TempDir
    Path dir;

    @Test
    void theShippedDemoRosterHasTheDocumentedPins() {
        StaffRoster roster = new StaffRosterLoader().load(Path.of("kiosk-config"));
        assertEquals(2, roster.size());
        assertTrue(PinHash.matches(roster.byNumber("1001").orElseThrow().pinHash(), "1357".toCharArray()));
        assertTrue(PinHash.matches(roster.byNumber("1002").orElseThrow().pinHash(), "2468".toCharArray()));
        assertEquals("王敏", roster.byNumber("1001").orElseThrow().nameZh());
    }

    @Test
    void everyBadRowIsNamedByLineAndColumn() throws Exception {
        String hash = "pbkdf2-sha256:120000:wa-CbbOC7LUQNIlQVRJLPg:abqewUfrRQNz00sF19PPKKMMYNrRjSzb0zIuk4RDvfw";
        Files.writeString(dir.resolve(StaffRosterLoader.FILE), String.join("\n",
                "# comment",
                "staff_no,name_zh,name_en,pin_hash",
                "1001,王敏,Wang Min," + hash,
                "10 02,李强,Li Qiang," + hash,
                "1003,张丽,Zhang Li,1357",
                "1001,赵六,Zhao Liu," + hash));
        CatalogException e = assertThrows(CatalogException.class, () -> new StaffRosterLoader().load(dir));
        String m = e.getMessage();
        assertTrue(m.contains("staff.csv:4: column staff_no"), m);
        assertTrue(m.contains("staff.csv:5: column pin_hash"), m);
        assertTrue(m.contains("staff.csv:6: column staff_no: 1001 is already on line 3"), m);
        assertFalse(m.contains(",1357"), "a pasted PIN is not echoed: " + m);
    }

    @Test
    void aMissingFileIsAnError() {
        CatalogException e = assertThrows(CatalogException.class, () -> new StaffRosterLoader().load(dir));
        assertTrue(e.getMessage().contains("staff.csv"), e.getMessage());
    }
}
