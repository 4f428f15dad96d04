package no.feltlogg.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on Spring's scheduler for the audit chain's seal and nightly check. Both are safe on several instances at
 * once (the seal takes an advisory lock, the check only reads); a shared scheduler lock avoids the duplicate work.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditScheduling {

}
