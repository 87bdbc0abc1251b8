package io.crmsync.sandbox;

/** The faults in force on one endpoint of one simulated system. */
public record EndpointFaults(String system, String endpoint, FaultSettings settings) {}
