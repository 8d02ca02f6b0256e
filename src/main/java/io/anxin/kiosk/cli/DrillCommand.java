package io.anxin.kiosk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import io.anxin.kiosk.KioskMain;
import io.anxin.kiosk.app.KioskConfig;
import io.anxin.kiosk.domain.IdNumber;
import io.anxin.kiosk.domain.IdentityMethod;
import io.anxin.kiosk.domain.ResidentIdentity;
import io.anxin.kiosk.service.FileSubmission;
import io.anxin.kiosk.service.FiledSubmission;
import io.anxin.kiosk.store.SubmissionStore;

/**
 * {@code kiosk drill --submissions N}: N synthetic submissions through the real service layer, each
 * marked {@code drill: true} (a production server refuses them). Only when {@code drill.enabled=true}.
 */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = "Make N synthetic submissions (drill: true) through the real service, database and outbox. "
                + "Only on a terminal with drill.enabled=true.")
public final class DrillCommand implements Callable<Integer> {

    private static final List<String> KINDS = List.of("remote-care.filing", "chronic.filing", "reimburse.manual");
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);

    @ParentCommand
    KioskMain parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--submissions", required = true, paramLabel = "N", description = "how many (1-" + SubmissionStore.MAX_PER_DAY + ")")
    int submissions;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (submissions < 1 || submissions > SubmissionStore.MAX_PER_DAY) {
            err.println("kiosk drill: --submissions must be 1 to " + SubmissionStore.MAX_PER_DAY + ", not " + submissions);
            return ExitCodes.USAGE;
        }
        KioskConfig config = parent.config();
        if (!config.drillEnabled()) {
            err.println("kiosk drill: drills are disabled on this terminal; set drill.enabled=true in "
                    + config.configDir().resolve("kiosk.properties") + " (lab and training terminals only)");
            return ExitCodes.USAGE;
        }
        return CommandDatabase.run(parent, spec, config, (dataSource, out, ignoredErr) ->
                run(new FileSubmission(new SubmissionStore(dataSource), Clock.system(config.timeZone()), config.terminalId()),
                        out));
    }

    /** The command's work through the filing service, whichever process owns the database. */
    int run(FileSubmission service, PrintWriter out) {
        for (int i = 0; i < submissions; i++) {
            FiledSubmission f = service.file(KINDS.get(i % KINDS.size()), syntheticResident(i), Optional.empty(),
                    Optional.empty(), Map.of("synthetic", true, "n", i + 1), true);
            out.println(f.acceptanceNo() + "\t" + f.entryId() + "\t" + f.kind());
        }
        out.println("drill: " + submissions + " synthetic submissions filed (drill: true); they go out with the next sync");
        return ExitCodes.OK;
    }

    /** A valid, obviously synthetic ID number (region 000000); every other one keyed, so unverified. */
    static ResidentIdentity syntheticResident(int i) {
        String first17 = "000000" + FIRST_BIRTH.plusDays(i % 7300L).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format(Locale.ROOT, "%03d", i % 1000);
        IdNumber id = IdNumber.parse(first17 + IdNumber.expectedCheckCharacter(first17).orElseThrow());
        return i % 2 == 0
                ? new ResidentIdentity(Optional.of("Drill " + (i + 1)), id, IdentityMethod.CARD, Optional.empty())
                : new ResidentIdentity(Optional.empty(), id, IdentityMethod.KEYED, Optional.empty());
    }
}
