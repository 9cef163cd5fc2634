package org.contactexport.contact.activity;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One account's NDJSON upload of campaign results, read line by line and recorded a batch at a
 * time, so that memory holds one batch whatever the size of the body. Batches commit one by
 * one: an upload cut short keeps what it recorded, and sending it again records the rest only.
 */
final class ActivityUpload {

    static final int BATCH_SIZE = 2000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> MEMBERS = Set.of("eventId", "contactId", "campaignId",
            "campaignName", "channel", "result", "bounceCategory", "bounceDetail", "occurredAt");

    private final String accountId;
    private final ActivityLog log;
    private final int reportedRefusals;
    private final List<ActivityFact> batch = new ArrayList<>(BATCH_SIZE);
    private final List<Long> batchLines = new ArrayList<>(BATCH_SIZE);
    private final List<RefusedLine> refusals = new ArrayList<>();
    private long recorded;
    private long alreadyKnown;
    private long refused;

    ActivityUpload(String accountId, ActivityLog log, int reportedRefusals) {
        this.accountId = accountId;
        this.log = log;
        this.reportedRefusals = reportedRefusals;
    }

    ActivityUploadResult read(InputStream body) throws IOException {
        NdjsonLines lines = new NdjsonLines(body);
        while (lines.next()) {
            if (lines.tooLong()) {
                refuse(lines.number(), "The line is longer than " + NdjsonLines.MAX_LENGTH
                        + " bytes");
            } else if (!lines.blank()) {
                take(lines);
            }
            if (batch.size() == BATCH_SIZE) {
                flush();
            }
        }
        flush();
        refusals.sort(Comparator.comparingLong(RefusedLine::line));
        return new ActivityUploadResult(recorded, alreadyKnown, refused, List.copyOf(refusals));
    }

    private void take(NdjsonLines lines) {
        try {
            JsonNode document = JSON.readTree(lines.bytes(), 0, lines.length());
            batch.add(fact(document));
            batchLines.add(lines.number());
        } catch (JacksonException e) {
            refuse(lines.number(), "The line is not a JSON document");
        } catch (InvalidActivityException e) {
            refuse(lines.number(), e.getMessage());
        }
    }

    private ActivityFact fact(JsonNode document) {
        if (!document.isObject()) {
            throw new InvalidActivityException("The line must be a JSON object");
        }
        for (String member : document.propertyNames()) {
            if (!MEMBERS.contains(member)) {
                throw new InvalidActivityException("Unknown member '" + member + "'; a line "
                        + "has eventId, contactId, campaignId, campaignName, channel, result, "
                        + "bounceCategory, bounceDetail and occurredAt (the account is the "
                        + "caller's)");
            }
        }
        return new ActivityFact(uuid(document.get("eventId")), accountId,
                contactId(document.get("contactId")), text(document, "campaignId"),
                text(document, "campaignName"), text(document, "channel"),
                text(document, "result"), text(document, "bounceCategory"),
                text(document, "bounceDetail"), instant(document.get("occurredAt")));
    }

    private static UUID uuid(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return UUID.fromString(value.asString());
        } catch (IllegalArgumentException e) {
            throw new InvalidActivityException("eventId must be a UUID");
        }
    }

    private static long contactId(JsonNode value) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new InvalidActivityException("contactId must be a contact id, a positive "
                    + "whole number");
        }
        return value.longValue();
    }

    private static String text(JsonNode document, String member) {
        JsonNode value = document.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidActivityException(member + " must be a string");
        }
        return value.stringValue();
    }

    private static Instant instant(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return Instant.parse(value.asString());
        } catch (DateTimeParseException e) {
            throw new InvalidActivityException("occurredAt must be an ISO-8601 instant such "
                    + "as 2026-11-05T09:30:00Z");
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }

        RecordedActivity outcome = log.record(accountId, batch);
        recorded += outcome.recorded();
        alreadyKnown += outcome.alreadyKnown();
        for (int position : outcome.unknownContacts()) {
            refuse(batchLines.get(position), "contactId " + batch.get(position).contactId()
                    + " is not a contact of the account");
        }
        batch.clear();
        batchLines.clear();
    }

    private void refuse(long line, String reason) {
        refused++;
        if (refusals.size() < reportedRefusals) {
            refusals.add(new RefusedLine(line, reason));
        }
    }
}
