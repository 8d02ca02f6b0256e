package io.anxin.kiosk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import io.anxin.kiosk.KioskMain;
import io.anxin.kiosk.app.KioskConfig;
import io.anxin.kiosk.domain.SatisfactionRating;
import io.anxin.kiosk.service.SatisfactionSurvey;
import io.anxin.kiosk.store.SatisfactionStore;

/**
 * {@code kiosk satisfaction --month 2026-11}: the monthly report of "您对本次服务满意吗？", one line per
 * service with the count of each answer, tab-separated, then a total line. Months are counted in
 * {@code time.zone}.
 */
@Command(name = "satisfaction", mixinStandardHelpOptions = true,
        description = "Monthly satisfaction report: per service, how many residents answered satisfied, "
                + "basically satisfied and unsatisfied.")
public final class SatisfactionCommand implements Callable<Integer> {

    @ParentCommand
    KioskMain parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "the month, e.g. 2026-11")
    String month;

    @Override
    public Integer call() throws Exception {
        YearMonth ym;
        try {
            ym = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            spec.commandLine().getErr().println("kiosk satisfaction: --month must be YYYY-MM such as 2026-11, not " + month);
            return ExitCodes.USAGE;
        }
        KioskConfig config = parent.config();
        return CommandDatabase.run(parent, spec, config, (dataSource, out, err) -> report(
                new SatisfactionSurvey(new SatisfactionStore(dataSource), Clock.system(config.timeZone()), config.terminalId()),
                ym, config, out));
    }

    static int report(SatisfactionSurvey survey, YearMonth month, KioskConfig config, PrintWriter out) {
        Map<String, Map<SatisfactionRating, Long>> counts = survey.month(month);
        out.println("# satisfaction " + month + " (" + config.terminalId() + ", " + config.timeZone() + ")");
        out.println("service\tsatisfied\tbasically-satisfied\tunsatisfied\ttotal");
        long[] totals = new long[SatisfactionRating.values().length];
        counts.forEach((service, byRating) -> {
            StringBuilder line = new StringBuilder(service);
            long sum = 0;
            for (SatisfactionRating r : SatisfactionRating.values()) {
                long n = byRating.get(r);
                totals[r.ordinal()] += n;
                sum += n;
                line.append('\t').append(n);
            }
            out.println(line.append('\t').append(sum));
        });
        StringBuilder total = new StringBuilder("all");
        long sum = 0;
        for (long n : totals) {
            total.append('\t').append(n);
            sum += n;
        }
        out.println(total.append('\t').append(sum));
        if (counts.isEmpty()) {
            out.println("# no answers in " + month);
        }
        return ExitCodes.OK;
    }
}
