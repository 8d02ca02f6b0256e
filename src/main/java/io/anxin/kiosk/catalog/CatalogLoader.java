package io.anxin.kiosk.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.anxin.kiosk.domain.catalog.CalendarDay;
import io.anxin.kiosk.domain.catalog.Catalogs;
import io.anxin.kiosk.domain.catalog.ContributionTable;
import io.anxin.kiosk.domain.catalog.DestinationCatalog;
import io.anxin.kiosk.domain.catalog.DiseaseCatalog;
import io.anxin.kiosk.domain.catalog.HallInfo;
import io.anxin.kiosk.domain.catalog.HospitalCatalog;
import io.anxin.kiosk.domain.catalog.PolicyLibrary;
import io.anxin.kiosk.domain.catalog.ServiceCatalog;

/**
 * Reads and checks every catalog file of a config folder. All problems of all files are collected
 * and reported together in one {@link CatalogException}; nothing half-valid is returned. Stateless
 * and thread-safe.
 *
 * <p>Files: {@value #SERVICES}, {@value #DISEASES}, {@value #DESTINATIONS}, {@value #CATEGORIES},
 * {@value #CALENDAR} (UTF-8 CSV with a header row; lines starting with {@code #} are comments),
 * {@value #HALL}, and the articles in {@value #POLICY}/.
 */
public final class CatalogLoader {

    public static final String SERVICES = "services.csv";
    public static final String DISEASES = "diseases.csv";
    public static final String DESTINATIONS = "destinations.csv";
    public static final String CATEGORIES = "resident-categories.csv";
    public static final String CALENDAR = "calendar.csv";
    public static final String HALL = "hall.properties";
    public static final String POLICY = "policy";
    public static final String HOSPITALS = "hospitals.csv";

    /**
     * @param configDir the config folder, usually {@code kiosk-config}
     * @throws CatalogException listing every problem found
     */
    public Catalogs load(Path configDir) {
        Path dir = configDir.toAbsolutePath().normalize();
        Problems problems = new Problems();
        var services = ServicesCsv.read(dir.resolve(SERVICES), SERVICES, problems);
        var diseases = DiseasesCsv.read(dir.resolve(DISEASES), DISEASES, problems);
        var destinations = DestinationsCsv.read(dir.resolve(DESTINATIONS), DESTINATIONS, problems);
        var categories = ResidentCategoriesCsv.read(dir.resolve(CATEGORIES), CATEGORIES, problems);
        var calendar = CalendarCsv.read(dir.resolve(CALENDAR), CALENDAR, problems);
        var hall = HallProperties.read(dir.resolve(HALL), HALL, problems);
        var policy = PolicyArticles.read(dir.resolve(POLICY), POLICY, problems);
        var hospitals = HospitalsCsv.read(dir.resolve(HOSPITALS), HOSPITALS, problems);
        if (problems.count() > 0) {
            throw new CatalogException(dir.toString(), problems.all());
        }
        return new Catalogs(services.orElseThrow(), diseases.orElseThrow(), destinations.orElseThrow(),
                categories.orElseThrow(), calendar.orElseThrow(), hall.orElseThrow(), policy.orElseThrow(),
                hospitals.orElseThrow());
    }

    /** Reads one file in the format of {@value #SERVICES} (the methods below likewise); for tools and tests. */
    public ServiceCatalog services(Path file) {
        return single(file, ServicesCsv::read);
    }

    public DiseaseCatalog diseases(Path file) {
        return single(file, DiseasesCsv::read);
    }

    public DestinationCatalog destinations(Path file) {
        return single(file, DestinationsCsv::read);
    }

    public ContributionTable contributions(Path file) {
        return single(file, ResidentCategoriesCsv::read);
    }

    public List<CalendarDay> calendar(Path file) {
        return single(file, CalendarCsv::read);
    }

    public HallInfo hall(Path file) {
        return single(file, HallProperties::read);
    }

    public HospitalCatalog hospitals(Path file) {
        return single(file, HospitalsCsv::read);
    }

    public PolicyLibrary policy(Path dir) {
        return single(dir, PolicyArticles::read);
    }

    @FunctionalInterface
    private interface FileReader<T> {
        Optional<T> read(Path file, String label, Problems problems);
    }

    private static <T> T single(Path file, FileReader<T> reader) {
        Path f = file.toAbsolutePath().normalize();
        Problems problems = new Problems();
        Optional<T> result = reader.read(f, f.getFileName().toString(), problems);
        if (problems.count() > 0 || result.isEmpty()) {
            throw new CatalogException(f.getParent().toString(), problems.all());
        }
        return result.get();
    }
}
