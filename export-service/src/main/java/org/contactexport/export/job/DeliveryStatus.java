package org.contactexport.export.job;

/** Where the SFTP delivery of an automated export stands; manual exports have none. */
public enum DeliveryStatus {

    /** The file is complete and delivery-service has it to upload. */
    PENDING,

    /** The file reached the customer's server whole. */
    DELIVERED,

    /** delivery-service gave up after its retries. */
    FAILED;

    boolean isFinal() {
        return this != PENDING;
    }
}
