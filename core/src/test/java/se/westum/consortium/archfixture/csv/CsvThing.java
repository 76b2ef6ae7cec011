package se.westum.consortium.archfixture.csv;

/** A class of one adapter. */
public final class CsvThing {}
