/** The console's frame: the app layout, its navigation and the signed-in user's menu. */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package io.crmsync.shell;
