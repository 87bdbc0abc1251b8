/**
 * The shared kernel: the clock and small value types every feature uses. It holds no business rules
 * and depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base")
package io.crmsync.base;
