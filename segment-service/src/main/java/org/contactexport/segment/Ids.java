package org.contactexport.segment;

import java.util.Optional;
import java.util.UUID;

/** Ids of custom segments and saved searches are UUIDs; anything else names nothing stored. */
public final class Ids {

    private Ids() {
    }

    public static Optional<UUID> uuid(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
