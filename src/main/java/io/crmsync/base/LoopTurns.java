package io.crmsync.base;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Tells of every turn of one loop with a {@link LoopRan} event, so that the loop reports on itself.
 */
public final class LoopTurns {

    private final ApplicationEventPublisher events;
    private final String loop;

    public LoopTurns(ApplicationEventPublisher events, String loop) {
        this.events = events;
        this.loop = loop;
    }

    /** Runs one turn; one that throws counts as failed, and the exception goes on. */
    public void run(Runnable turn) {
        try {
            turn.run();
        } catch (RuntimeException | Error e) {
            failed();
            throw e;
        }
        ran();
    }

    public void ran() {
        events.publishEvent(new LoopRan(loop, false));
    }

    public void failed() {
        events.publishEvent(new LoopRan(loop, true));
    }
}
