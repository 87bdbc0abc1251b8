/** Value conversion between the CRMs' field types: pure, it knows no setting and no engine. */
@org.springframework.modulith.ApplicationModule(displayName = "Value conversion")
package io.crmsync.convert;
