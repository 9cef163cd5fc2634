package org.contactexport.contact.importing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVRecord;
import org.contactexport.contact.ContactServiceProperties;
import org.contactexport.contact.field.FieldCatalogues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.stereotype.Service;

/**
 * Loads a CSV file of new contacts into an account. Rows are checked one by one: a row at fault
 * is reported and left out, the others are loaded, all together at the end. Existing contacts
 * are never changed: every loaded row is a new contact.
 */
@Service
public class ContactImporter {

    private static final Logger log = LoggerFactory.getLogger(ContactImporter.class);

    private final FieldCatalogues catalogues;
    private final DataSource dataSource;
    private final int reportedErrors;
    private final ImportLimits limits;
    private final Counter importedRows;
    private final Counter rejectedRows;

    ContactImporter(FieldCatalogues catalogues, DataSource dataSource,
            ContactServiceProperties properties, MeterRegistry meters) {
        this.catalogues = catalogues;
        this.dataSource = dataSource;
        this.reportedErrors = properties.importReportedErrors();
        this.limits = ImportLimits.withMaxBody(properties.importMaxSize().toBytes());
        this.importedRows = rowCounter(meters, "imported");
        this.rejectedRows = rowCounter(meters, "rejected");
    }

    /**
     * Imports a file, read as it arrives.
     *
     * @throws InvalidFileException when the file as a whole cannot be read (unknown column,
     *                              not valid CSV or not in the charset); nothing is loaded
     */
    public ImportResult importCsv(String accountId, InputStream body, Charset charset)
            throws IOException {
        long started = System.nanoTime();
        try (CsvContactFile file = CsvContactFile.open(body, charset, limits)) {
            ImportLayout layout = ImportLayout.of(file.header(),
                    catalogues.of(accountId), importTime());
            ImportResult result = copy(accountId, file, layout);

            importedRows.increment(result.imported());
            rejectedRows.increment(result.rejected());
            log.info("Imported {} contacts into account {}, rejected {} rows, in {} ms",
                    result.imported(), accountId, result.rejected(),
                    (System.nanoTime() - started) / 1_000_000);
            return result;
        } catch (ImportTooLargeException e) {
            log.info("Import into account {} refused: {}", accountId, e.getMessage());
            throw e.problem();
        } catch (CharacterCodingException e) {
            throw InvalidFileException.because("The file is not " + charset.name()
                    + " text; save it as 'CSV UTF-8' and import it again. Nothing was loaded.");
        }
    }

    private ImportResult copy(String accountId, CsvContactFile file, ImportLayout layout)
            throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            ContactCopy copy = ContactCopy.start(connection, accountId, layout.copyColumns());
            try {
                Tally tally = load(file, layout, copy);
                long imported = copy.finish();
                return new ImportResult(imported, tally.rejected, tally.errors);
            } catch (IOException | SQLException | RuntimeException e) {
                copy.cancel();
                throw e;
            }
        } catch (SQLException e) {
            throw new UncategorizedSQLException("Contact import", null, e);
        }
    }

    private Tally load(CsvContactFile file, ImportLayout layout, ContactCopy copy)
            throws IOException {
        Tally tally = new Tally();
        String[] values = new String[layout.copyColumns().size()];
        long line = 1;
        try {
            CSVRecord record;
            while ((record = file.next()) != null) {
                line = record.getRecordNumber() + 1;
                Optional<RowError> tooLong = tooLongValue(record, line, file.header());
                List<RowError> errors = tooLong.isPresent()
                        ? List.of(tooLong.get())
                        : layout.read(record, line, values);
                if (errors.isEmpty()) {
                    copy.write(values);
                } else {
                    tally.reject(errors, reportedErrors);
                }
            }
            return tally;
        } catch (CSVException e) {
            throw InvalidFileException.because("The file is not valid CSV after line " + line
                    + ": " + e.getMessage() + ". Nothing was loaded.");
        }
    }

    /** A value beyond the limit rejects its row before any check reads it. */
    private Optional<RowError> tooLongValue(CSVRecord record, long line, List<String> header) {
        for (int c = 0; c < record.size(); c++) {
            if (record.get(c).length() > limits.maxValueChars()) {
                String column = c < header.size() ? header.get(c) : null;
                return Optional.of(new RowError(line, column, "The value is longer than "
                        + limits.maxValueChars() + " characters"));
            }
        }
        return Optional.empty();
    }

    /** Now, to the second, as every timestamp is stored. */
    private static String importTime() {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private static Counter rowCounter(MeterRegistry meters, String outcome) {
        return Counter.builder("contacts.import.rows")
                .description("Rows of imported files, by outcome")
                .tag("outcome", outcome)
                .register(meters);
    }

    /** The rows left out so far, and the first errors. */
    private static final class Tally {

        private long rejected;
        private final List<RowError> errors = new ArrayList<>();

        void reject(List<RowError> rowErrors, int limit) {
            rejected++;
            for (RowError error : rowErrors) {
                if (errors.size() < limit) {
                    errors.add(error);
                }
            }
        }
    }
}
