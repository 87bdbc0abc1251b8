/** UI building blocks that every feature's views share: headers, notifications, user-zone times. */
@org.springframework.modulith.NamedInterface("ui")
package io.crmsync.base.ui;
