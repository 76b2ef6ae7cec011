package se.westum.consortium.archfixture.report;

/** A class of the report adapter: its rule of the adapters has a class to check. */
public final class ReportThing {}
