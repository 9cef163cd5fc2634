package org.contactexport.export.job;

import java.util.UUID;

/** The delivery schedule that created an automated export. */
public record Schedule(UUID id, String name) {
}
