package io.crmsync.sandbox.hubspot;

import java.util.Locale;
import java.util.Map;

/** The properties HubSpot computes itself when a record is written. */
final class DerivedProperties {

    static final String UPDATED_BY_USER = "hs_updated_by_user_id";

    private DerivedProperties() {}

    static void onCreate(ObjectType type, Map<String, String> p, long id, long now, Caller caller) {
        String stamp = Times.iso(now);
        p.put("hs_object_id", String.valueOf(id));
        p.putIfAbsent(type.createdProperty(), stamp);
        p.put("hs_object_source", caller.changeSource());
        p.put("hs_object_source_id", caller.sourceId());
        p.put("hs_object_source_label", caller.changeSource());
        switch (type.id()) {
            case "0-1" -> {
                p.putIfAbsent("lifecyclestage", "lead");
                p.put("hs_all_contact_vids", String.valueOf(id));
                p.put("hs_is_contact", "true");
                p.put("hs_is_unworked", "true");
                p.put("hs_pipeline", "contacts-lifecycle-pipeline");
            }
            case "0-2" -> p.put("hs_pipeline", "companies-lifecycle-pipeline");
            case "0-3" -> {
                p.putIfAbsent("pipeline", Pipelines.DEALS.id());
                p.putIfAbsent(
                        "dealstage",
                        Pipelines.dealPipeline(p.get("pipeline"))
                                .orElse(Pipelines.DEALS)
                                .stages()
                                .getFirst()
                                .id());
            }
            case "0-5" -> {
                p.putIfAbsent("hs_pipeline", Pipelines.TICKETS.id());
                p.putIfAbsent("hs_pipeline_stage", "1");
            }
            default -> {}
        }
    }

    /**
     * Who wrote last, as HubSpot records it: a person's edit sets {@code hs_updated_by_user_id}, an
     * integration's write leaves no user.
     */
    static void writtenBy(Map<String, String> p, Caller caller) {
        if (caller.isPerson()) {
            p.put(UPDATED_BY_USER, caller.sourceId().substring("userId:".length()));
        } else {
            p.remove(UPDATED_BY_USER);
        }
    }

    static void onWrite(ObjectType type, Map<String, String> p, long now) {
        p.put(type.modifiedProperty(), Times.iso(now));
        if (type.isContact()) {
            String email = p.get("email");
            if (email != null && email.contains("@")) {
                p.put(
                        "hs_email_domain",
                        email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT));
            } else {
                p.remove("hs_email_domain");
            }
        }
        String stage = p.get("lifecyclestage");
        if ((type.isContact() || "0-2".equals(type.id()))
                && stage != null
                && StandardProperties.LIFECYCLE.contains(stage)) {
            p.putIfAbsent("hs_lifecyclestage_" + stage + "_date", Times.iso(now));
        }
        if ("0-3".equals(type.id())) {
            Pipelines.dealStage(p.get("dealstage"))
                    .ifPresent(
                            s -> {
                                p.put("hs_is_closed", String.valueOf(s.closed()));
                                p.put("hs_is_closed_won", String.valueOf(s.won()));
                                p.put("hs_deal_stage_probability", s.probability());
                            });
        }
        if ("0-46".equals(type.id()) && p.get("hs_note_body") != null) {
            String text = p.get("hs_note_body").replaceAll("<[^>]*>", "").strip();
            p.put("hs_body_preview", text.length() > 200 ? text.substring(0, 200) : text);
        }
    }
}
