package se.westum.consortium.application.port.in;

/**
 * What a governance import read.
 *
 * @param boardTerms board terms
 * @param meetings meetings
 * @param decisions decisions
 * @param goals goals
 * @param events events
 * @param staff employments
 */
public record GovernanceImportSummary(
    int boardTerms, int meetings, int decisions, int goals, int events, int staff) {}
