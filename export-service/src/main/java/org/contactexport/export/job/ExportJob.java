package org.contactexport.export.job;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.contactexport.events.ExportSource;
import org.contactexport.events.FileOptions;
import org.contactexport.export.csv.CsvLayout;
import org.contactexport.export.csv.Dialect;
import org.contactexport.export.csv.Header;

/** One export: what it selects, how its file is written, and how far it got. */
@Entity
@Table(name = "export_job")
public class ExportJob {

    private static final int MAX_REASON = 500;

    @Id
    private UUID id;

    private String accountId;

    private String name;

    @Enumerated(EnumType.STRING)
    private ExportStatus status;

    private String sourceType;
    private String sourceReference;
    private String sourceName;
    private String sourceCriteria;
    private boolean excludeDoNotTrack;

    @Column(name = "columns_json")
    @Convert(converter = ColumnsConverter.class)
    private List<org.contactexport.export.csv.Column> columns;

    private String dialect;
    private String delimiter;
    private boolean bom;
    private String header;
    private String timeZone;

    /** Comma-separated account user ids; user ids are validated to hold no comma. */
    private String notifyUserIds;

    private String requestedBy;
    private Instant requestedAt;
    private Instant startedAt;
    private Instant completedAt;

    private int partsTotal;
    private int partsDone;
    private long rowsWritten;

    private Long bytes;
    private String sha256;
    private String fileName;
    private String failureReason;

    /** The reason of the last failed attempt, shown if the retries run out. */
    private String lastError;

    private UUID scheduleId;
    private String scheduleName;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus deliveryStatus;

    private String deliveryRemotePath;
    private String deliveryReason;
    private Instant deliveryAt;

    protected ExportJob() {
    }

    public ExportJob(UUID id, String accountId, String requestedBy, String name,
            ExportSource source, List<org.contactexport.export.csv.Column> columns,
            FileOptions file, List<String> notifyUserIds, Schedule schedule, Instant requestedAt) {
        this.id = id;
        this.accountId = accountId;
        this.requestedBy = requestedBy;
        this.name = name;
        this.status = ExportStatus.REQUESTED;
        this.sourceType = source.type();
        this.sourceReference = source.reference();
        this.sourceName = source.name();
        this.sourceCriteria = source.criteria();
        this.excludeDoNotTrack = source.excludeDoNotTrack();
        this.columns = List.copyOf(columns);
        this.dialect = file.dialect();
        this.delimiter = file.delimiter();
        this.bom = file.bom();
        this.header = file.header();
        this.timeZone = file.timeZone();
        this.notifyUserIds = String.join(",", notifyUserIds);
        this.scheduleId = schedule == null ? null : schedule.id();
        this.scheduleName = schedule == null ? null : schedule.name();
        this.requestedAt = requestedAt;
    }

    /**
     * Cuts the id range into parts of at most {@code partSize} ids, so at most that many
     * contacts; no contact at all still gives one (empty) part, so that the file has its header.
     *
     * <p>Known shortcoming: with sparse ids some parts hold far fewer contacts than the part
     * size; id quantiles from contact-service would even them out.
     */
    public List<ExportPart> plan(Long minId, Long maxId, int partSize, Instant now) {
        List<ExportPart> parts = new ArrayList<>();
        if (minId == null || maxId == null) {
            parts.add(new ExportPart(id, 1, 1, 0));
        } else {
            int number = 1;
            for (long from = minId; from <= maxId; from += partSize) {
                parts.add(new ExportPart(id, number++, from, Math.min(maxId, from + partSize - 1)));
            }
        }

        this.status = ExportStatus.RUNNING;
        this.startedAt = now;
        this.partsTotal = parts.size();
        return parts;
    }

    /** Counts a finished part; call under the job's row lock. */
    public void partFinished(ExportPart part, long rows) {
        if (part.markDone(rows)) {
            partsDone++;
            rowsWritten += rows;
        }
    }

    public boolean allPartsDone() {
        return partsTotal > 0 && partsDone == partsTotal;
    }

    public void complete(String fileName, long bytes, String sha256, Instant now) {
        this.status = ExportStatus.COMPLETED;
        this.fileName = fileName;
        this.bytes = bytes;
        this.sha256 = sha256;
        this.completedAt = now;
        if (isAutomated()) {
            this.deliveryStatus = DeliveryStatus.PENDING;
        }
    }

    public void fail(String reason, Instant now) {
        this.status = ExportStatus.FAILED;
        this.failureReason = reason;
        this.completedAt = now;
    }

    /**
     * Records that the file reached the customer's server.
     *
     * @return false when there is nothing to record: a manual export, or a delivery outcome
     *         already known (a redelivered event)
     */
    public boolean delivered(String remotePath, Instant at) {
        if (!awaitsDelivery()) {
            return false;
        }
        this.deliveryStatus = DeliveryStatus.DELIVERED;
        this.deliveryRemotePath = remotePath;
        this.deliveryAt = at;
        return true;
    }

    /** @return false as for {@link #delivered}; the first outcome recorded stays */
    public boolean deliveryFailed(String remotePath, String reason, Instant at) {
        if (!awaitsDelivery()) {
            return false;
        }
        this.deliveryStatus = DeliveryStatus.FAILED;
        this.deliveryRemotePath = remotePath;
        this.deliveryReason = reason == null || reason.length() <= MAX_REASON
                ? reason
                : reason.substring(0, MAX_REASON);
        this.deliveryAt = at;
        return true;
    }

    private boolean awaitsDelivery() {
        return isAutomated() && (deliveryStatus == null || !deliveryStatus.isFinal());
    }

    public void recordAttemptFailed(String reason) {
        this.lastError = reason;
    }

    public boolean isWaitingForPlan() {
        return status == ExportStatus.REQUESTED;
    }

    public boolean isRunning() {
        return status == ExportStatus.RUNNING;
    }

    public boolean isFinished() {
        return status == ExportStatus.COMPLETED || status == ExportStatus.FAILED;
    }

    public CsvLayout layout() {
        return new CsvLayout(Dialect.valueOf(dialect.toUpperCase()), delimiter.charAt(0), bom,
                Header.valueOf(header.toUpperCase()), ZoneId.of(timeZone), columns);
    }

    public ExportSource source() {
        return new ExportSource(sourceType, sourceReference, sourceName, sourceCriteria,
                excludeDoNotTrack);
    }

    public FileOptions fileOptions() {
        return new FileOptions(dialect, delimiter, bom, header, timeZone);
    }

    public List<String> fieldKeys() {
        return columns.stream().map(org.contactexport.export.csv.Column::key).toList();
    }

    public List<String> notifyUserIds() {
        return notifyUserIds.isEmpty() ? List.of() : Arrays.asList(notifyUserIds.split(","));
    }

    public UUID id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public ExportStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public int partsTotal() {
        return partsTotal;
    }

    public int partsDone() {
        return partsDone;
    }

    public long rowsWritten() {
        return rowsWritten;
    }

    public Long bytes() {
        return bytes;
    }

    public String sha256() {
        return sha256;
    }

    public String fileName() {
        return fileName;
    }

    public String failureReason() {
        return failureReason;
    }

    public String lastError() {
        return lastError;
    }

    public UUID scheduleId() {
        return scheduleId;
    }

    public boolean isAutomated() {
        return scheduleId != null;
    }

    /** @return null for a manual export */
    public Schedule schedule() {
        return isAutomated() ? new Schedule(scheduleId, scheduleName) : null;
    }

    /** @return null for a manual export and an automated one whose file is not complete */
    public DeliveryStatus deliveryStatus() {
        return deliveryStatus;
    }

    public String deliveryRemotePath() {
        return deliveryRemotePath;
    }

    public String deliveryReason() {
        return deliveryReason;
    }

    public Instant deliveryAt() {
        return deliveryAt;
    }
}
