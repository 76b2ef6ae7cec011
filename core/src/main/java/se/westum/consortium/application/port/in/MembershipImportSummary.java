package se.westum.consortium.application.port.in;

/**
 * What an import read and changed.
 *
 * @param members members read
 * @param membersAdded members that were new
 * @param fees fees read (each new or replacing the member's fee for the year)
 * @param payments payments read
 * @param paymentsAdded payments that were new
 */
public record MembershipImportSummary(
    int members, int membersAdded, int fees, int payments, int paymentsAdded) {}
