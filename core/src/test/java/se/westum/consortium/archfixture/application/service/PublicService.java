package se.westum.consortium.archfixture.application.service;

/** Bad: a public service. */
public class PublicService {}
