package io.crmsync.convert;

/** What HubSpot's {@code state} and {@code country} properties should hold; null clears one. */
public record HubSpotAddress(String state, String country) {}
