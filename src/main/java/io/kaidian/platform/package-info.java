/**
 * Platform: the clock, problem details, security wiring, the embedded database and the
 * page layout. No business rules live here; every module may use it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package io.kaidian.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
