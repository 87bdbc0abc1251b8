package io.crmsync.settings;

import io.crmsync.spi.Pipeline;
import io.crmsync.spi.Stage;
import java.util.List;
import java.util.Optional;

/**
 * What the stage mapping editor offers, as both CRMs describe it: Salesforce's opportunity record
 * types (one "every record type" entry with id {@code ""} holds every active stage) with the stages
 * their business processes allow, and HubSpot's deal pipelines with their stages. A stage's
 * metadata says whether it is closed and won ({@code isClosed}, {@code isWon}, {@code
 * probability}).
 */
public record StageChoices(List<Pipeline> recordTypes, List<Pipeline> pipelines) {

    public StageChoices {
        recordTypes = List.copyOf(recordTypes);
        pipelines = List.copyOf(pipelines);
    }

    public Optional<Pipeline> recordType(String id) {
        return recordTypes.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Pipeline> pipeline(String id) {
        return pipelines.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The stage's state in words both CRMs agree on: open, won or lost. */
    public static Outcome outcome(Stage stage) {
        boolean closed = Boolean.parseBoolean(stage.metadata().getOrDefault("isClosed", "false"));
        if (!closed) {
            return Outcome.OPEN;
        }
        String won = stage.metadata().get("isWon");
        if (won != null) {
            return Boolean.parseBoolean(won) ? Outcome.WON : Outcome.LOST;
        }
        double probability;
        try {
            probability = Double.parseDouble(stage.metadata().getOrDefault("probability", "0"));
        } catch (NumberFormatException e) {
            probability = 0;
        }
        return probability >= 1.0 ? Outcome.WON : Outcome.LOST;
    }

    public enum Outcome {
        OPEN("open"),
        WON("closed won"),
        LOST("closed lost");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
