/**
 * <b>Not API.</b> Helpers of the core's membership context that an embedder never calls: the count
 * behind {@code consortium.membership().figures(query)}. They are public only so that the core's
 * own packages can reach them; they may change or go in any release without notice. Use the facades
 * of {@code se.westum.consortium.application.service.Consortium} instead. The library's adapters
 * and examples do not use this package (an ArchUnit rule, {@code
 * ArchitectureRules.stayOutOfCoreInternals}, checks it).
 */
package se.westum.consortium.domain.membership.internal;
