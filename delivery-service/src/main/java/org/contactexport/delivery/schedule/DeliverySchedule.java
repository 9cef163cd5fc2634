package org.contactexport.delivery.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** An automated export: what to export, when, and which SFTP target receives the file. */
@Entity
@Table(name = "delivery_schedule")
class DeliverySchedule implements Persistable<UUID> {

    /** DELETED: gone for its users, kept only until the runs in flight end. */
    enum Status { ACTIVE, PAUSED, DELETED }

    @Id
    private UUID id;

    /**
     * The id is chosen here, not by the database: without this flag Spring Data's save() would
     * merge a new entity and later changes would go to a detached copy.
     */
    @Transient
    private boolean stored;

    @Column(nullable = false, updatable = false)
    private String accountId;

    @Column(nullable = false, updatable = false)
    private String createdBy;

    private String name;

    private UUID targetId;

    private String fileNamePattern;

    @Enumerated(EnumType.STRING)
    private FrequencyType frequencyType;

    private Integer frequencyMinute;

    private LocalTime frequencyTime;

    @Enumerated(EnumType.STRING)
    private DayOfWeek frequencyDay;

    private Integer frequencyDayOfMonth;

    private String frequencyCron;

    private String timeZone;

    private LocalDate startDate;

    private LocalDate endDate;

    @Convert(converter = LinesConverter.class)
    private List<String> notifyUserIds;

    private String sourceType;

    private String sourceReference;

    private String sourceName;

    @Convert(converter = LinesConverter.class)
    private List<String> fields;

    private String fileDialect;

    private String fileDelimiter;

    private boolean fileBom;

    private String fileHeader;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant nextDueAt;

    private Instant endingAnnouncedAt;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant updatedAt;

    protected DeliverySchedule() {
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        this.stored = true;
    }

    DeliverySchedule(String accountId, String createdBy, LocalDate startDate, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.createdBy = createdBy;
        this.startDate = startDate;
        this.status = Status.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void name(String name, Instant now) {
        this.name = name;
        this.updatedAt = now;
    }

    void deliverTo(UUID targetId, String fileNamePattern, Instant now) {
        this.targetId = targetId;
        this.fileNamePattern = fileNamePattern;
        this.updatedAt = now;
    }

    void runAt(Frequency frequency, ZoneId zone, LocalDate endDate, Instant now) {
        this.frequencyType = frequency.type();
        this.frequencyMinute = frequency.minute();
        this.frequencyTime = frequency.time();
        this.frequencyDay = frequency.dayOfWeek();
        this.frequencyDayOfMonth = frequency.dayOfMonth();
        this.frequencyCron = frequency.cron();
        this.timeZone = zone.getId();
        if (!endDate.equals(this.endDate)) {
            // A new end date earns a new notice before it.
            this.endingAnnouncedAt = null;
        }
        this.endDate = endDate;
        this.updatedAt = now;
    }

    void notify(List<String> userIds, Instant now) {
        this.notifyUserIds = List.copyOf(userIds);
        this.updatedAt = now;
    }

    void export(ScheduleTemplate.Source source, List<String> fields,
            ScheduleTemplate.File file, Instant now) {
        this.sourceType = source.type();
        this.sourceReference = source.reference();
        this.sourceName = source.name() != null ? source.name() : defaultName(source.type());
        this.fields = List.copyOf(fields);
        this.fileDialect = file.dialect();
        this.fileDelimiter = file.delimiter();
        this.fileBom = file.bom();
        this.fileHeader = file.header();
        this.updatedAt = now;
    }

    private static String defaultName(String sourceType) {
        return "ALL".equals(sourceType) ? "Whole base" : sourceType;
    }

    void pause(Instant now) {
        this.status = Status.PAUSED;
        this.nextDueAt = null;
        this.updatedAt = now;
    }

    void resume(Instant now) {
        this.status = Status.ACTIVE;
        this.updatedAt = now;
    }

    void delete(Instant now) {
        this.status = Status.DELETED;
        this.nextDueAt = null;
        this.updatedAt = now;
    }

    boolean isDeleted() {
        return status == Status.DELETED;
    }

    void nextDueAt(Instant nextDueAt) {
        this.nextDueAt = nextDueAt;
    }

    void endingAnnounced(Instant now) {
        this.endingAnnouncedAt = now;
    }

    boolean isActive() {
        return status == Status.ACTIVE;
    }

    Frequency frequency() {
        return new Frequency(frequencyType, frequencyMinute, frequencyTime, frequencyDay,
                frequencyDayOfMonth, frequencyCron);
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    ScheduleTemplate template() {
        return new ScheduleTemplate(
                new ScheduleTemplate.Source(sourceType, sourceReference, sourceName), fields,
                new ScheduleTemplate.File(fileDialect, fileDelimiter, fileBom, fileHeader));
    }

    UUID id() {
        return id;
    }

    String accountId() {
        return accountId;
    }

    String createdBy() {
        return createdBy;
    }

    String name() {
        return name;
    }

    UUID targetId() {
        return targetId;
    }

    String fileNamePattern() {
        return fileNamePattern;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }

    List<String> notifyUserIds() {
        return notifyUserIds;
    }

    Status status() {
        return status;
    }

    Instant nextDueAt() {
        return nextDueAt;
    }

    Instant endingAnnouncedAt() {
        return endingAnnouncedAt;
    }

    Instant createdAt() {
        return createdAt;
    }
}
