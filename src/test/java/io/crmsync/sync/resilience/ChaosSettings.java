package io.crmsync.sync.resilience;

import java.time.Duration;

/**
 * The crash harness's knobs, from system properties ({@code -Dcrmsync.chaos.contacts=50000
 * -Dcrmsync.chaos.kills=20}); the defaults make a run short enough for development.
 *
 * @param contacts contacts loaded before the sync, half in each CRM
 * @param kills times the node and its database are killed with SIGKILL
 * @param maxKillDelay the longest wait after the node has shown progress before a kill
 * @param bothTitle job titles edited on both sides per round (one round per kill)
 * @param bothEmail emails edited on both sides per round
 * @param oneSide job titles edited on one side per round, alternating sides
 * @param creates people created per round on each side
 * @param faultRate the share of calls to each sandbox that meet a fault
 * @param convergeTimeout how long to wait for convergence after the last restart
 * @param seed the random seed of the kill times and the workload
 */
record ChaosSettings(
        int contacts,
        int kills,
        Duration maxKillDelay,
        int bothTitle,
        int bothEmail,
        int oneSide,
        int creates,
        double faultRate,
        Duration convergeTimeout,
        long seed) {

    static ChaosSettings fromSystemProperties() {
        return new ChaosSettings(
                Integer.getInteger("crmsync.chaos.contacts", 5000),
                Integer.getInteger("crmsync.chaos.kills", 5),
                Duration.ofMillis(Long.getLong("crmsync.chaos.max-kill-delay-ms", 8000)),
                Integer.getInteger("crmsync.chaos.both-title", 10),
                Integer.getInteger("crmsync.chaos.both-email", 5),
                Integer.getInteger("crmsync.chaos.one-side", 10),
                Integer.getInteger("crmsync.chaos.creates", 3),
                Double.parseDouble(System.getProperty("crmsync.chaos.fault-rate", "0.10")),
                Duration.ofSeconds(Long.getLong("crmsync.chaos.converge-timeout-s", 600)),
                Long.getLong("crmsync.chaos.seed", System.currentTimeMillis()));
    }
}
