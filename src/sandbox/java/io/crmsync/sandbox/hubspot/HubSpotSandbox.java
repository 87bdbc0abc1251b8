package io.crmsync.sandbox.hubspot;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The HubSpot sandbox's controls for people and tests: what a user does in HubSpot's own UI
 * (changes recorded with change source {@code CRM_UI}, not counted as API use, webhooks fire as for
 * any change) and the simulator's settings. Every method takes effect at once; the same operations
 * are served over HTTP under {@code /sandbox/hubspot/_admin}.
 */
@Service
public class HubSpotSandbox {

    /** An object type the sandbox serves. */
    public record TypeView(String name, String objectTypeId, String singular) {}

    /**
     * One record as the console shows it.
     *
     * @param lastWriter who wrote it last, as a person using the page would say it
     */
    public record RecordView(
            String id,
            Map<String, String> properties,
            String createdAt,
            String updatedAt,
            boolean archived,
            String lastWriter) {}

    /** One page of records and how many match in all. */
    public record RecordPage(int total, List<RecordView> records) {}

    private final Tokens tokens;
    private final LiveSettings settings;
    private final RateLimiter limiter;
    private final SandboxClock clock;
    private final ObjectStore store;
    private final ObjectTypes types;
    private final ObjectService service;
    private final Lookup lookup;
    private final Lists lists;
    private final Webhooks webhooks;

    HubSpotSandbox(
            Tokens tokens,
            LiveSettings settings,
            RateLimiter limiter,
            SandboxClock clock,
            ObjectStore store,
            ObjectTypes types,
            ObjectService service,
            Lookup lookup,
            Lists lists,
            Webhooks webhooks) {
        this.tokens = tokens;
        this.settings = settings;
        this.limiter = limiter;
        this.clock = clock;
        this.store = store;
        this.types = types;
        this.service = service;
        this.lookup = lookup;
        this.lists = lists;
        this.webhooks = webhooks;
    }

    public List<TypeView> objectTypes() {
        return types.all().stream().map(t -> new TypeView(t.name(), t.id(), t.singular())).toList();
    }

    /** Live records of a type whose values contain {@code text} (any case; null for all), by id. */
    public RecordPage records(String type, int offset, int limit, String text) {
        String needle = text == null ? "" : text.toLowerCase(Locale.ROOT);
        List<HsObject> matches =
                store.all(types.require(type).id()).stream()
                        .filter(o -> !o.archived())
                        .filter(
                                o ->
                                        needle.isEmpty()
                                                || o.properties().values().stream()
                                                        .anyMatch(
                                                                v ->
                                                                        v.toLowerCase(Locale.ROOT)
                                                                                .contains(needle)))
                        .toList();
        return new RecordPage(
                matches.size(),
                matches.stream()
                        .skip(Math.max(0, offset))
                        .limit(Math.max(0, limit))
                        .map(HubSpotSandbox::view)
                        .toList());
    }

    public RecordView record(String type, String id) {
        return view(lookup.require(types.require(type), id, null));
    }

    public RecordView create(String type, Map<String, ?> properties) {
        return view(service.create(types.require(type), properties, Caller.PERSON));
    }

    public RecordView update(String type, String id, Map<String, ?> properties) {
        ObjectType objectType = types.require(type);
        return view(
                service.update(
                        objectType,
                        lookup.require(objectType, id, null),
                        properties,
                        Caller.PERSON));
    }

    public void delete(String type, String id) {
        ObjectType objectType = types.require(type);
        service.archive(objectType, lookup.require(objectType, id, null), Caller.PERSON);
    }

    /** Merges {@code mergedId} into {@code primaryId}, as a person does in HubSpot. */
    public RecordView mergeContacts(String primaryId, String mergedId) {
        ObjectType contacts = types.require("contacts");
        return view(
                service.merge(
                        contacts,
                        lookup.require(contacts, primaryId, null),
                        lookup.require(contacts, mergedId, null),
                        Caller.PERSON));
    }

    /** Moves a deal to a stage, and to the stage's pipeline as a person picking it does. */
    public RecordView moveDealStage(String dealId, String stage) {
        return update(
                "deals",
                dealId,
                Pipelines.DEAL_PIPELINES.stream()
                        .filter(p -> p.stage(stage).isPresent())
                        .findFirst()
                        .<Map<String, String>>map(
                                p -> Map.of("pipeline", p.id(), "dealstage", stage))
                        .orElse(Map.of("dealstage", stage)));
    }

    /** Sets a lifecycle stage as a person may: backwards too. */
    public RecordView setLifecycleStage(String type, String id, String stage) {
        return update(type, id, Map.of("lifecyclestage", stage));
    }

    public Map<String, Object> addListMembers(long listId, List<String> recordIds) {
        return lists.change(list(listId), recordIds, List.of(), clock.millis());
    }

    public Map<String, Object> removeListMembers(long listId, List<String> recordIds) {
        return lists.change(list(listId), List.of(), recordIds, clock.millis());
    }

    public WebhookSettings webhookSettings() {
        return webhooks.settings();
    }

    public void setWebhookSettings(WebhookSettings settings) {
        webhooks.settings(settings);
    }

    /** A new private-app token with its own limits ({@code null}: the sandbox's defaults). */
    public String issuePrivateAppToken(RateLimits limits) {
        return tokens.issuePrivateAppToken(limits);
    }

    public void setTokenLimits(String token, RateLimits limits) {
        tokens.setLimits(token, limits);
    }

    public RateLimits defaultRateLimits() {
        return settings.defaultLimits();
    }

    /** Sets the limits of every token that has none of its own. */
    public void setDefaultRateLimits(RateLimits limits) {
        settings.defaultLimits(limits);
    }

    /** Forgets all counted requests, as at the start of a new day. */
    public void resetUsage() {
        limiter.reset();
    }

    public int dailyUsage() {
        return limiter.dailyUsed();
    }

    public Duration searchVisibilityDelay() {
        return settings.searchVisibilityDelay();
    }

    /** How long a change takes to become visible to search (HubSpot's eventual consistency). */
    public void setSearchVisibilityDelay(Duration delay) {
        settings.searchVisibilityDelay(delay);
    }

    /** Whether backward lifecycle-stage writes by integrations are ignored (HubSpot's default). */
    public void setLifecycleBackwardIgnored(boolean ignored) {
        settings.lifecycleBackwardIgnored(ignored);
    }

    /** Moves the sandbox's clock forward: tokens expire and limit windows roll without waiting. */
    public void advanceClock(Duration by) {
        clock.advance(by);
    }

    /** Writes every pending change to the database now. */
    public void flush() {
        store.flush();
    }

    private Lists.HsList list(long listId) {
        return lists.find(listId)
                .orElseThrow(
                        () ->
                                new HubSpotException(
                                        404,
                                        "OBJECT_NOT_FOUND",
                                        "List " + listId + " does not exist."));
    }

    private static RecordView view(HsObject object) {
        return new RecordView(
                String.valueOf(object.id()),
                object.properties(),
                Times.iso(object.createdAt()),
                Times.iso(object.updatedAt()),
                object.archived(),
                object.has(DerivedProperties.UPDATED_BY_USER)
                        ? "A person, on the Sandbox page"
                        : "crmsync's HubSpot app");
    }
}
