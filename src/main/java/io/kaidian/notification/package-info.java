/**
 * Notification: email and SMS to sellers and staff, through pluggable providers (the
 * built-in {@code log} providers keep messages in an outbox; SMTP and Aliyun SMS are used
 * when configured). A port other modules call; it knows none of its callers.
 */
@ApplicationModule(allowedDependencies = "platform")
@NullMarked
package io.kaidian.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
