package org.contactexport.events;

/**
 * Kafka topic names. Every event is keyed by the export id (or the schedule id for
 * {@link DeliveryScheduled}) so that the events of one export stay in order.
 */
public final class Topics {

    public static final String EXPORT_REQUESTED = "export-requested";
    public static final String EXPORT_PART_REQUESTED = "export-part-requested";
    public static final String EXPORT_COMPLETED = "export-completed";
    public static final String EXPORT_FAILED = "export-failed";
    public static final String DELIVERY_SCHEDULED = "delivery-scheduled";
    public static final String DELIVERY_COMPLETED = "delivery-completed";
    public static final String DELIVERY_FAILED = "delivery-failed";
    public static final String DELIVERY_SCHEDULE_ENDING = "delivery-schedule-ending";
    /** Per-contact results of campaigns, published by the sending platform. */
    public static final String CONTACT_ACTIVITY = "contact-activity";

    /** Suffix of the dead-letter topic that receives a consumer's poison messages. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }
}
