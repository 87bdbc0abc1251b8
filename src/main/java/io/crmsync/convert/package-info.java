/**
 * Value conversion between the CRMs' field types: numbers, dates, picklists through their
 * translation tables, and ISO countries and subdivisions. Pure functions that know no setting and
 * no other module but the connector SPI's field types and error types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Value conversion")
package io.crmsync.convert;
