package org.contactexport.segment.search;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.contactexport.criteria.CriteriaJson;
import org.contactexport.segment.Conflict;
import org.contactexport.segment.Echo;
import org.contactexport.segment.Ids;
import org.contactexport.segment.InvalidRequest;
import org.contactexport.segment.Names;
import org.contactexport.segment.NotFound;
import org.contactexport.segment.campaign.CampaignResults;
import org.contactexport.segment.campaign.NamedFigure;
import org.contactexport.segment.contacts.CatalogueCriteria;
import org.contactexport.segment.contacts.ContactPage;
import org.contactexport.segment.contacts.ContactService;
import org.contactexport.security.AccountUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Saved searches of the caller's account, their revisions and runs, and ad-hoc searches. */
@Service
class Searches {

    private static final Logger log = LoggerFactory.getLogger(Searches.class);

    /** The first page a run shows. */
    static final int FIRST_PAGE = 20;

    private final SavedSearches searches;
    private final SearchRevisions revisions;
    private final SearchRuns runs;
    private final CatalogueCriteria catalogueCriteria;
    private final CampaignResults campaignResults;
    private final ContactService contacts;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final Counter savedRuns;
    private final Counter adHocRuns;

    Searches(SavedSearches searches, SearchRevisions revisions, SearchRuns runs,
            CatalogueCriteria catalogueCriteria, CampaignResults campaignResults,
            ContactService contacts, TransactionTemplate transaction, JsonMapper json,
            Clock clock, MeterRegistry meters) {
        this.searches = searches;
        this.revisions = revisions;
        this.runs = runs;
        this.catalogueCriteria = catalogueCriteria;
        this.campaignResults = campaignResults;
        this.contacts = contacts;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
        this.savedRuns = runCounter(meters, "saved");
        this.adHocRuns = runCounter(meters, "ad-hoc");
    }

    List<SearchView> list(AccountUser caller) {
        return searches.findByAccountIdOrderByCreatedAtDescIdAsc(caller.accountId()).stream()
                .map(this::view)
                .toList();
    }

    SearchView find(AccountUser caller, String id) {
        return view(search(caller, id));
    }

    SearchView create(AccountUser caller, SearchBody body) {
        String name = Names.checked(body.name(), "name");
        String criteria = catalogueCriteria.canonical(caller.accountId(), body.criteria());

        return view(saveNew(caller, new SavedSearch(caller.accountId(), name, criteria, null,
                caller.userId(), clock.instant())));
    }

    SearchView createFromFigure(AccountUser caller, FigureSearchBody body) {
        String name = body.name() == null || body.name().isBlank() ? null
                : Names.checked(body.name(), "name");
        NamedFigure figure = campaignResults.find(caller.accountId(), body.campaign(),
                body.result(), body.bounceCategory());

        String criteria = CriteriaJson.write(figure.criteria());
        return view(saveNew(caller, new SavedSearch(caller.accountId(),
                name == null ? figure.name() : name, criteria, figure.reference(),
                caller.userId(), clock.instant())));
    }

    SearchView change(AccountUser caller, String id, SearchChange change) {
        SavedSearch current = search(caller, id);
        if (change.version() == null) {
            throw new InvalidRequest("version is required: send the version you read, so that"
                    + " an edit made meanwhile is not overwritten");
        }
        if (change.name() == null && change.criteria() == null) {
            throw new InvalidRequest("Send a new name, new criteria or both");
        }
        String name = change.name() == null ? current.name()
                : Names.checked(change.name(), "name");
        String criteria = change.criteria() == null ? current.criteria()
                : catalogueCriteria.canonical(caller.accountId(), change.criteria());

        SavedSearch revised = transaction.execute(status -> {
            SavedSearch search = search(caller, id);
            if (!change.version().equals(search.version())) {
                throw new Conflict("Search " + id + " is at version " + search.version()
                        + ", not " + change.version() + ": it was changed meanwhile;"
                        + " read it again");
            }
            search.revise(name, criteria, caller.userId(), clock.instant());
            revisions.save(search.currentRevision());
            return searches.saveAndFlush(search);
        });

        log.info("Search {} revised by user {} of account {}, now revision {}", revised.id(),
                caller.userId(), caller.accountId(), revised.revision());
        return view(revised);
    }

    void delete(AccountUser caller, String id) {
        SavedSearch search = search(caller, id);

        searches.delete(search);

        log.info("Search {} deleted by user {} of account {}", search.id(), caller.userId(),
                caller.accountId());
    }

    List<RevisionView> revisions(AccountUser caller, String id) {
        SavedSearch search = search(caller, id);

        return revisions.findBySearchIdOrderByRevisionDesc(search.id()).stream()
                .map(revision -> new RevisionView(revision.revision(), revision.name(),
                        json.readTree(revision.criteria()), revision.savedBy(),
                        revision.savedAt()))
                .toList();
    }

    SearchResult run(AccountUser caller, String id) {
        SavedSearch search = search(caller, id);

        ContactPage page = contacts.firstPage(caller.accountId(),
                json.readTree(search.criteria()), FIRST_PAGE);
        Instant now = clock.instant();
        runs.save(new SearchRun(search, caller.userId(), now, page.count()));

        savedRuns.increment();
        log.info("Search {} revision {} run by user {} of account {}", search.id(),
                search.revision(), caller.userId(), caller.accountId());
        return new SearchResult(search.id(), search.revision(), page.count(),
                page.contacts(), caller.userId(), now);
    }

    SearchResult runAdHoc(AccountUser caller, SearchBody body) {
        String criteria = catalogueCriteria.canonical(caller.accountId(), body.criteria());

        ContactPage page = contacts.firstPage(caller.accountId(), json.readTree(criteria),
                FIRST_PAGE);

        adHocRuns.increment();
        return new SearchResult(null, null, page.count(), page.contacts(), caller.userId(),
                clock.instant());
    }

    List<RunView> runs(AccountUser caller, String id) {
        SavedSearch search = search(caller, id);

        return runs.findTop100BySearchIdOrderByRanAtDescIdDesc(search.id()).stream()
                .map(run -> new RunView(run.revision(), run.count(), run.ranBy(), run.ranAt()))
                .toList();
    }

    private SavedSearch saveNew(AccountUser caller, SavedSearch search) {
        SavedSearch saved = transaction.execute(status -> {
            SavedSearch stored = searches.save(search);
            revisions.save(stored.currentRevision());
            return stored;
        });

        log.info("Search {} saved by user {} of account {}", saved.id(), caller.userId(),
                caller.accountId());
        return saved;
    }

    private SavedSearch search(AccountUser caller, String id) {
        return Ids.uuid(id)
                .flatMap(uuid -> searches.findByIdAndAccountId(uuid, caller.accountId()))
                .orElseThrow(() -> new NotFound("No search " + Echo.shown(id)
                        + " in this account"));
    }

    private SearchView view(SavedSearch search) {
        return SearchView.of(search, json.readTree(search.criteria()));
    }

    private static Counter runCounter(MeterRegistry meters, String kind) {
        return Counter.builder("searches.run")
                .description("Searches run, saved or ad hoc")
                .tag("kind", kind)
                .register(meters);
    }
}
