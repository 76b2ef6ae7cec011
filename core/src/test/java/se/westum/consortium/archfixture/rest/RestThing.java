package se.westum.consortium.archfixture.rest;

/** A class of a third adapter. */
public final class RestThing {}
