package org.contactexport.segment.segment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.contactexport.criteria.CriteriaJson;
import org.contactexport.segment.Conflict;
import org.contactexport.segment.Echo;
import org.contactexport.segment.Ids;
import org.contactexport.segment.InvalidRequest;
import org.contactexport.segment.Names;
import org.contactexport.segment.NotFound;
import org.contactexport.segment.contacts.CatalogueCriteria;
import org.contactexport.segment.contacts.ContactService;
import org.contactexport.security.AccountUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Default and custom segments of the caller's account. */
@Service
class Segments {

    private static final Logger log = LoggerFactory.getLogger(Segments.class);

    private final CustomSegments customSegments;
    private final CatalogueCriteria catalogueCriteria;
    private final ContactService contacts;
    private final JsonMapper json;
    private final Clock clock;
    private final Counter created;

    Segments(CustomSegments customSegments, CatalogueCriteria catalogueCriteria,
            ContactService contacts, JsonMapper json, Clock clock, MeterRegistry meters) {
        this.customSegments = customSegments;
        this.catalogueCriteria = catalogueCriteria;
        this.contacts = contacts;
        this.json = json;
        this.clock = clock;
        // Not "segments.created": Prometheus keeps a "_created" suffix for counter start times.
        this.created = Counter.builder("segment.creations")
                .description("Custom segments created")
                .register(meters);
    }

    List<SegmentView> list(AccountUser caller) {
        List<SegmentView> views = new ArrayList<>();
        DefaultSegments.all().forEach(segment -> views.add(view(segment)));
        customSegments.findByAccountIdOrderByNameAscIdAsc(caller.accountId())
                .forEach(segment -> views.add(view(segment)));
        return views;
    }

    SegmentView find(AccountUser caller, String id) {
        Optional<DefaultSegment> builtIn = DefaultSegments.find(id);
        if (builtIn.isPresent()) {
            return view(builtIn.get());
        }
        return view(custom(caller, id));
    }

    SegmentView create(AccountUser caller, SegmentBody body) {
        String name = Names.checked(body.name(), "name");
        String criteria = catalogueCriteria.canonical(caller.accountId(), body.criteria());
        checkNameFree(caller, name);

        CustomSegment segment = saved(new CustomSegment(caller.accountId(), name, criteria,
                caller.userId(), clock.instant()), name);

        created.increment();
        log.info("Segment {} created by user {} of account {}", segment.id(), caller.userId(),
                caller.accountId());
        return view(segment);
    }

    SegmentView change(AccountUser caller, String id, SegmentChange change) {
        refuseDefault(id);
        CustomSegment segment = custom(caller, id);
        if (change.version() == null) {
            throw new InvalidRequest("version is required: send the version you read, so that"
                    + " an edit made meanwhile is not overwritten");
        }
        if (change.name() == null && change.criteria() == null) {
            throw new InvalidRequest("Send a new name, new criteria or both");
        }
        if (!change.version().equals(segment.version())) {
            throw new Conflict("Segment " + id + " is at version " + segment.version()
                    + ", not " + change.version() + ": it was changed meanwhile; read it again");
        }

        if (change.name() != null && !change.name().equals(segment.name())) {
            String name = Names.checked(change.name(), "name");
            checkNameFree(caller, name);
            segment.rename(name, caller.userId(), clock.instant());
        }
        if (change.criteria() != null) {
            segment.redefine(catalogueCriteria.canonical(caller.accountId(), change.criteria()),
                    caller.userId(), clock.instant());
        }
        CustomSegment changed = saved(segment, segment.name());

        log.info("Segment {} changed by user {} of account {}, now version {}", changed.id(),
                caller.userId(), caller.accountId(), changed.version());
        return view(changed);
    }

    void delete(AccountUser caller, String id) {
        refuseDefault(id);
        CustomSegment segment = custom(caller, id);

        customSegments.delete(segment);

        log.info("Segment {} deleted by user {} of account {}", segment.id(), caller.userId(),
                caller.accountId());
    }

    SegmentCount count(AccountUser caller, String id) {
        SegmentView segment = find(caller, id);

        return new SegmentCount(segment.id(),
                contacts.count(caller.accountId(), segment.criteria()));
    }

    private CustomSegment custom(AccountUser caller, String id) {
        return Ids.uuid(id)
                .flatMap(uuid -> customSegments.findByIdAndAccountId(uuid, caller.accountId()))
                .orElseThrow(() -> new NotFound("No segment " + Echo.shown(id)
                        + " in this account"));
    }

    private static void refuseDefault(String id) {
        if (DefaultSegments.find(id).isPresent()) {
            throw new Conflict("Segment " + id + " is a default segment: it cannot be edited"
                    + " or deleted; create a custom segment with its criteria instead");
        }
    }

    private void checkNameFree(AccountUser caller, String name) {
        if (customSegments.existsByAccountIdAndName(caller.accountId(), name)) {
            throw nameTaken(name);
        }
    }

    /** Saved, or a 409 when another request took the name between the check and the save. */
    private CustomSegment saved(CustomSegment segment, String name) {
        try {
            return customSegments.saveAndFlush(segment);
        } catch (DataIntegrityViolationException e) {
            throw nameTaken(name);
        }
    }

    private static Conflict nameTaken(String name) {
        return new Conflict("A segment named \"" + Echo.shown(name) + "\" already exists in"
                + " this account; choose another name");
    }

    private SegmentView view(DefaultSegment segment) {
        return new SegmentView(segment.id(), SegmentKind.DEFAULT, segment.name(),
                segment.nameEn(), CriteriaJson.toJson(segment.criteria()), null,
                null, null, null, null);
    }

    private SegmentView view(CustomSegment segment) {
        return new SegmentView(segment.id().toString(), SegmentKind.CUSTOM, segment.name(),
                null, json.readTree(segment.criteria()), segment.version(),
                segment.createdBy(), segment.createdAt(), segment.updatedBy(),
                segment.updatedAt());
    }
}
